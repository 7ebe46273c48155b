import { addMessages } from '../../app/i18n';
import './h5/messages';

/** The console's strings for activities, party members' lists, referrals and proposals (zh-CN first), under `volunteers.`; the resident pages' are in h5/messages.ts. */
addMessages({
  'zh-CN': {
    volunteers: {
      menu: '志愿与联动', activitiesMenu: '活动与志愿者', hoursMenu: '志愿时长与党员责任', referralsMenu: '部门联动（挂账）', proposalsMenu: '代表建议',
      kind: '类型', title: '活动名称', capacity: '名额', description: '说明', startsAt: '开始时间', endsAt: '结束时间',
      create: '新建活动', activities: '活动', checkinScreen: '签到屏', checkinScreenTitle: '扫码签到 / 签退', checkinHint: '居民用手机扫描二维码，登录后点“签到”；结束时再扫一次点“签退”。',
      signups: '报名名单', name: '姓名', partyMember: '党员', signedUpAt: '报名时间', checkedInAt: '签到', checkedOutAt: '签退', minutes: '分钟',
      walkIn: '补录纸质签到', walkInMinutes: '服务分钟数', yes: '是', no: '否',
      stats: '志愿服务统计', year: '年度', personTimes: '人次', hours: '小时', people: '人数', partyTimes: '党员参与人次', byMonth: '按月', month: '月份', byPerson: '按人',
      commitments: '党员责任清单', member: '党员', commitment: '承诺事项', target: '目标', done: '完成', fulfilled: '已完成', inProgress: '进行中',
      addCommitment: '添加承诺', userId: '党员账号', memberName: '党员姓名', logEntry: '登记完成情况', amount: '数量', note: '说明', date: '日期',
      commitmentKinds: { visit_households: '走访住户', serve_hours: '志愿服务', other: '其他承诺' },
      referrals: '部门联动', outstanding: '挂账中', answered: '已答复', overdue: '已逾期', all: '全部', refer: '转办到职能部门',
      ticketId: '诉求编号（ID）', department: '职能部门', contactName: '联系人', contactPhone: '联系电话', need: '需求', expectedDate: '期望答复日期',
      referredAt: '转办时间', response: '部门答复', respond: '登记答复', reminders: '提醒次数', ticket: '诉求', status: '状态',
      responseTimes: '部门响应', referred: '转办', avgDays: '平均答复天数', onTime: '按期答复',
      proposals: '代表建议', proposal: '建议', addressee: '致送单位', problem: '问题', suggestion: '建议内容', outcome: '办理结果', logs: '协调记录',
      newProposal: '新建建议', ticketIds: '关联诉求 ID（逗号分隔）', addLog: '记录协调', recordOutcome: '登记结果', months: '历时 {{n}} 个月',
      open: '协调中', concluded: '已办结', tickets: '关联诉求', resolvedN: '已同时办结 {{n}} 件诉求',
    },
  },
  en: {
    volunteers: {
      menu: 'Volunteers & referrals', activitiesMenu: 'Activities', hoursMenu: 'Hours & party lists', referralsMenu: 'Referrals (outstanding)', proposalsMenu: 'Deputy proposals',
      kind: 'Kind', title: 'Title', capacity: 'Seats', description: 'Description', startsAt: 'Starts', endsAt: 'Ends',
      create: 'New activity', activities: 'Activities', checkinScreen: 'Check-in screen', checkinScreenTitle: 'Scan to check in / out', checkinHint: 'Residents scan the QR code, sign in and tap Check in; at the end they scan again and tap Check out.',
      signups: 'Sign-ups', name: 'Name', partyMember: 'Party member', signedUpAt: 'Signed up', checkedInAt: 'In', checkedOutAt: 'Out', minutes: 'Minutes',
      walkIn: 'Record from paper sheet', walkInMinutes: 'Minutes served', yes: 'Yes', no: 'No',
      stats: 'Volunteer figures', year: 'Year', personTimes: 'Person-times', hours: 'Hours', people: 'People', partyTimes: 'Party member person-times', byMonth: 'By month', month: 'Month', byPerson: 'By person',
      commitments: 'Party members\' responsibility lists', member: 'Party member', commitment: 'Commitment', target: 'Target', done: 'Done', fulfilled: 'Fulfilled', inProgress: 'In progress',
      addCommitment: 'Add commitment', userId: 'Party member account', memberName: 'Name', logEntry: 'Log fulfilment', amount: 'Amount', note: 'Note', date: 'Date',
      commitmentKinds: { visit_households: 'Household visits', serve_hours: 'Volunteer hours', other: 'Other' },
      referrals: 'Referrals', outstanding: 'Outstanding', answered: 'Answered', overdue: 'Overdue', all: 'All', refer: 'Refer to a department',
      ticketId: 'Ticket ID', department: 'Department', contactName: 'Contact', contactPhone: 'Phone', need: 'Need', expectedDate: 'Expected answer by',
      referredAt: 'Referred', response: 'Answer', respond: 'Record answer', reminders: 'Reminders', ticket: 'Ticket', status: 'Status',
      responseTimes: 'Department response', referred: 'Referred', avgDays: 'Mean days to answer', onTime: 'On time',
      proposals: 'Deputy proposals', proposal: 'Proposal', addressee: 'Addressee', problem: 'Problem', suggestion: 'Suggestion', outcome: 'Outcome', logs: 'Coordination log',
      newProposal: 'New proposal', ticketIds: 'Ticket IDs (comma-separated)', addLog: 'Log a step', recordOutcome: 'Record outcome', months: '{{n}} months',
      open: 'Open', concluded: 'Concluded', tickets: 'Tickets', resolvedN: '{{n}} tickets resolved with it',
    },
  },
});
