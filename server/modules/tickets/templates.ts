/** Reply templates offered until a community writes its own for a state. */
export const DEFAULT_TEMPLATES: Array<{ state: string; text: string }> = [
  { state: 'accepted', text: '您好，您反映的问题已收到，网格服务小组会尽快上门查看，请保持电话畅通。' },
  { state: 'in_progress', text: '已安排物业维修人员处理，预计近期完成，处理中如有情况会及时告知您。' },
  { state: 'waiting_on_reporter', text: '为便于处理，请补充具体位置（几号楼几单元）或现场照片，谢谢配合。' },
  { state: 'resolved', text: '问题已处理完毕，请您确认并评价；如仍未解决，可申请重新处理。' },
  { state: 'rejected', text: '经核实，该事项不属于居民区受理范围，已告知您可联系的部门，感谢理解。' },
  { state: 'duplicate', text: '该问题已有邻居反映，已合并处理，您可以在原诉求中查看进展。' },
];
