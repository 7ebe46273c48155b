import { addMessages } from '../../app/i18n';

/** The meetings module's strings, merged under `meetings.`. */
addMessages({
  'zh-CN': {
    meetings: {
      menu: '会议', list: '会议列表', detail: '会议详情', held: '已召开会议', openActionItems: '待办事项', kind: '类型', title: '会议', scheduledAt: '时间', location: '地点', status: '状态',
      kinds: { monthly: '月例会', deliberation: '议事会', forum: '座谈会' }, statuses: { planned: '待召开', closed: '已结束' },
      agenda: '议程', noAgenda: '无议程', attendance: '出席情况', party: '一方', expected: '应到', present: '实到', names: '出席人（逗号分隔）', saveAttendance: '保存出席情况',
      parties: { party_branch: '党支部', property_company: '物业公司', committee: '自管会', building_leaders: '楼组长', residents: '居民代表', other: '其他' },
      total: '合计', minutes: '会议纪要', saveMinutes: '保存纪要', decisions: '议定事项', signatures: '签字', signer: '{{party}}签字人',
      close: '结束会议', closeHint: '结束前需要会议纪要、出席情况和签字', actionItems: '待办事项', text: '事项', owner: '负责人', due: '完成期限', done: '已完成', overdue: '已超期',
      addItem: '添加待办', noItems: '暂无待办', ok: '操作成功',
    },
  },
  en: {
    meetings: {
      menu: 'Meetings', list: 'Meetings', detail: 'Meeting', held: 'Meetings held', openActionItems: 'Open action items', kind: 'Kind', title: 'Meeting', scheduledAt: 'When', location: 'Where', status: 'Status',
      kinds: { monthly: 'Monthly meeting', deliberation: 'Deliberation', forum: 'Forum' }, statuses: { planned: 'Planned', closed: 'Closed' },
      agenda: 'Agenda', noAgenda: 'No agenda', attendance: 'Attendance', party: 'Party', expected: 'Expected', present: 'Present', names: 'Names (comma separated)', saveAttendance: 'Save attendance',
      parties: { party_branch: 'Party branch', property_company: 'Property company', committee: 'Committee', building_leaders: 'Building leaders', residents: 'Resident representatives', other: 'Others' },
      total: 'Total', minutes: 'Minutes', saveMinutes: 'Save minutes', decisions: 'Decisions', signatures: 'Signatures', signer: 'Signer for {{party}}',
      close: 'Close meeting', closeHint: 'Closing needs minutes, attendance and signatures', actionItems: 'Action items', text: 'Item', owner: 'Owner', due: 'Due', done: 'Done', overdue: 'Overdue',
      addItem: 'Add action item', noItems: 'No action items', ok: 'Done',
    },
  },
});
