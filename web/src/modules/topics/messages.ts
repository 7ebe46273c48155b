import { addMessages } from '../../app/i18n';

/** The topics (四方议事) module's strings, merged under `topics.`. */
addMessages({
  'zh-CN': {
    topics: {
      menu: '四方议事', list: '议题列表', create: '新建议题', detail: '议题详情', title: '议题', description: '说明', source: '来源', stage: '当前阶段',
      status: '状态', createdAt: '提出时间', problemsSolved: '已解决问题', active: '进行中', all: '全部', closedList: '已结案',
      stages: { proposed: '提出', research: '调研', forum: '座谈', consultation: '征询', decision: '决议', implementation: '实施', review: '公示', closed: '结案' },
      stageStatus: { active: '进行中', completed: '已完成', skipped: '已跳过' },
      sources: { ticket: '居民诉求', party: '四方提出', monthly_meeting: '月例会', other: '其他' },
      statusLabel: { active: '进行中', closed: '已结案' },
      path: '议事流程', missing: '本阶段还需要：', ready: '本阶段条件已满足，可进入下一阶段',
      advance: '完成本阶段', skip: '跳过本阶段', skipReason: '跳过理由', skipped: '跳过理由：{{reason}}',
      evidence: '过程材料', addEvidence: '添加材料', kind: '类型', text: '内容', fileRef: '文件位置或编号（可选）', noEvidence: '暂无材料',
      kinds: { note: '记录', file: '文件', meeting: '会议', option: '方案', publication: '公示' },
      decision: '决议', decisionText: '决议内容', consultation: '关联征询', saveDecision: '保存决议', noDecision: '尚未形成决议',
      signoffs: '四方签字', sign: '签字', signer: '签字人', party: '一方', parties: { party_branch: '党支部', property_company: '物业公司', committee: '自管会', building_leaders: '楼组长' },
      notSigned: '未签', tickets: '关联诉求', noTickets: '无关联诉求', meetings: '相关会议', noMeetings: '暂无会议', done: '操作成功',
      supportCount: '{{n}} 户同问',
      close: '结案', closeIntro: '结案后议题不能再修改，计入“已解决问题”。', resolveTickets: '同时将 {{n}} 条未办结的关联诉求标为已解决，并请居民确认评价',
      unlink: '取消关联', link: '关联', searchTickets: '搜索未办结的诉求（编号或关键词）', noOpenTickets: '没有可关联的未办结诉求',
      planMeeting: '新建座谈会/议事会', meetingStatus: { planned: '待召开', closed: '已结束' },
      consultations: '居民征询', newConsultation: '发起征询', noConsultations: '暂无征询', linkedTopic: '四方议事议题', chooseParty: '请选择代表哪一方签字',
    },
  },
  en: {
    topics: {
      menu: 'Four-party topics', list: 'Topics', create: 'New topic', detail: 'Topic', title: 'Topic', description: 'Description', source: 'Source', stage: 'Stage',
      status: 'Status', createdAt: 'Raised', problemsSolved: 'Problems solved', active: 'Active', all: 'All', closedList: 'Closed',
      stages: { proposed: 'Proposed', research: 'Research', forum: 'Forum', consultation: 'Consultation', decision: 'Decision', implementation: 'Implementation', review: 'Review', closed: 'Closed' },
      stageStatus: { active: 'In progress', completed: 'Done', skipped: 'Skipped' },
      sources: { ticket: 'Resident ticket', party: 'Raised by a party', monthly_meeting: 'Monthly meeting', other: 'Other' },
      statusLabel: { active: 'Active', closed: 'Closed' },
      path: 'Stages', missing: 'This stage still needs:', ready: 'This stage is complete and can advance',
      advance: 'Complete this stage', skip: 'Skip this stage', skipReason: 'Why skip', skipped: 'Skipped: {{reason}}',
      evidence: 'Evidence', addEvidence: 'Add evidence', kind: 'Kind', text: 'Text', fileRef: 'File location or number (optional)', noEvidence: 'No evidence yet',
      kinds: { note: 'Note', file: 'File', meeting: 'Meeting', option: 'Option', publication: 'Publication' },
      decision: 'Decision', decisionText: 'Decision text', consultation: 'Consultation', saveDecision: 'Save decision', noDecision: 'No decision yet',
      signoffs: 'Four-party sign-offs', sign: 'Sign', signer: 'Signer', party: 'Party', parties: { party_branch: 'Party branch', property_company: 'Property company', committee: 'Self-management committee', building_leaders: 'Building leaders' },
      notSigned: 'Not signed', tickets: 'Linked tickets', noTickets: 'No linked tickets', meetings: 'Meetings', noMeetings: 'No meetings', done: 'Done',
      supportCount: '{{n}} households',
      close: 'Close the topic', closeIntro: 'A closed topic can no longer change and counts as a problem solved.', resolveTickets: 'Also mark the {{n}} open linked tickets resolved and ask the residents to confirm and rate',
      unlink: 'Unlink', link: 'Link', searchTickets: 'Search open tickets (number or words)', noOpenTickets: 'No open tickets to link',
      planMeeting: 'Plan a forum or deliberation', meetingStatus: { planned: 'Planned', closed: 'Closed' },
      consultations: 'Household consultations', newConsultation: 'Start a consultation', noConsultations: 'No consultations yet', linkedTopic: 'Four-party topic', chooseParty: 'Choose the party you sign for',
    },
  },
});
