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
      create: '新建会议', agendaDrawn: '月例会的议程将从进行中的议题和未办结的诉求中自动生成，可在会议页增删。', topic: '所属议题', topicRequired: '议事会和座谈会必须属于一个议题',
      openTopic: '查看议题', agendaKinds: { topic: '议题', ticket: '诉求', other: '其他' }, removeAgenda: '移除', addAgenda: '添加议程（其他事项）', add: '添加',
      decisionsHint: '议定事项（每行一条）', fourPartiesMissing: '四方未到齐（缺：{{parties}}）：本次座谈会不能完成议题的座谈阶段',
      intake: {
        menu: '群聊收集', title: '微信群消息收集', intro: '把从居民微信群导出的聊天记录粘贴到下面，系统会拆分出可能的诉求并建议类别。请为每条选择发言的居民后确认（代居民登记，渠道为“微信群”），或跳过、合并。',
        paste: '聊天记录', split: '拆分消息', estate: '所属小区', candidates: '候选诉求（{{n}}）', skipped: '已忽略 {{n}} 行（表情、系统消息、寒暄）', showSkipped: '查看忽略的行',
        reasons: { system: '系统消息', sticker: '表情/图片', chatter: '寒暄', unparsed: '无法识别' }, line: '第 {{n}} 行',
        speaker: '发言人', time: '时间', lines: '原文第 {{from}}–{{to}} 行', category: '建议类别', ticketTitle: '诉求标题', confirm: '确认生成诉求', skip: '跳过', undo: '恢复',
        merge: '并入上一条', created: '已生成诉求 {{number}}', skippedOne: '已跳过', none: '没有识别出可能的诉求', noEstate: '请先选择小区',
        resident: '代登记居民', residentSearch: '搜索姓名', noResident: '没有找到居民',
      },
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
      create: 'New meeting', agendaDrawn: 'A monthly meeting\'s agenda is drawn from active topics and open tickets; add or remove items on the meeting page.', topic: 'Topic', topicRequired: 'A deliberation meeting or forum belongs to a topic',
      openTopic: 'Open the topic', agendaKinds: { topic: 'Topic', ticket: 'Ticket', other: 'Other' }, removeAgenda: 'Remove', addAgenda: 'Add an agenda item (other business)', add: 'Add',
      decisionsHint: 'Decisions (one per line)', fourPartiesMissing: 'Not all four parties are present (missing: {{parties}}): this forum cannot complete the topic\'s forum stage',
      intake: {
        menu: 'Group-chat intake', title: 'Group-chat intake', intro: 'Paste messages exported from the residents\' WeChat group. They are split into candidate tickets with a suggested category; choose the resident who wrote each and confirm it (recorded on their behalf, channel "group chat"), skip it, or merge it into the one above.',
        paste: 'Chat export', split: 'Split messages', estate: 'Estate', candidates: 'Candidate tickets ({{n}})', skipped: '{{n}} lines ignored (stickers, system lines, chatter)', showSkipped: 'Show ignored lines',
        reasons: { system: 'System line', sticker: 'Sticker/picture', chatter: 'Chatter', unparsed: 'Not recognised' }, line: 'Line {{n}}',
        speaker: 'Speaker', time: 'Time', lines: 'Lines {{from}}–{{to}} of the paste', category: 'Suggested category', ticketTitle: 'Ticket title', confirm: 'Create ticket', skip: 'Skip', undo: 'Undo',
        merge: 'Merge into the one above', created: 'Ticket {{number}} created', skippedOne: 'Skipped', none: 'No candidate tickets found', noEstate: 'Choose the estate first',
        resident: 'On behalf of', residentSearch: 'Search by name', noResident: 'No resident found',
      },
    },
  },
});
