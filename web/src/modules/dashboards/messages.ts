import { addMessages } from '../../app/i18n';

/** The dashboards module's strings, merged under `dashboards.`. */
addMessages({
  'zh-CN': {
    dashboards: {
      menu: '数据看板', town: '全镇对比', title: '居民区数据看板', townTitle: '{{town}} · 各居民区对比', period: '统计月份',
      meetingsHeld: '召开会议', topicsClosed: '解决问题（议题结案）', consultationsHeld: '开展征询', participation: '征询参与率',
      tickets: '诉求', open: '办理中', closed: '已办结', resolved: '已解决', response: '响应时间', resolution: '解决时间',
      avg: '平均', median: '中位数', p90: '90% 在', hours: '{{n}} 小时', atMost: '≤ {{n}} 小时', over: '超过 {{n}} 小时', none: '—',
      satisfaction: '满意度', rated: '{{n}} 条评价', reopenRate: '重开率',
      byState: '诉求状态', byGrid: '按网格', byCategory: '按类别', byMonth: '按月', month: '月份', grid: '网格', category: '类别', count: '数量',
      community: '居民区', total: '全镇合计', medianResponse: '响应中位数', medianResolution: '解决中位数', p90Resolution: '解决 90% 在',
      chooseTown: '选择镇', noTown: '没有可查看的镇', openDashboard: '查看看板',
      quantileNote: '中位数和 90% 分位按时间区间统计（≤ 1、2、4、8、12、24、48、72 小时……），平均值为精确值。',
      chartTickets: '各居民区诉求数量', chartSummary: '{{title}}：{{items}}',
    },
  },
  en: {
    dashboards: {
      menu: 'Dashboard', town: 'Town view', title: 'Community dashboard', townTitle: '{{town}} · communities compared', period: 'Months',
      meetingsHeld: 'Meetings held', topicsClosed: 'Problems solved (topics closed)', consultationsHeld: 'Consultations held', participation: 'Consultation turnout',
      tickets: 'Tickets', open: 'Open', closed: 'Closed', resolved: 'Resolved', response: 'Response time', resolution: 'Resolution time',
      avg: 'Average', median: 'Median', p90: '90% within', hours: '{{n}} h', atMost: '≤ {{n}} h', over: 'over {{n}} h', none: '—',
      satisfaction: 'Satisfaction', rated: '{{n}} ratings', reopenRate: 'Reopen rate',
      byState: 'Tickets by state', byGrid: 'By grid', byCategory: 'By category', byMonth: 'By month', month: 'Month', grid: 'Grid', category: 'Category', count: 'Count',
      community: 'Community', total: 'Town total', medianResponse: 'Median response', medianResolution: 'Median resolution', p90Resolution: '90% resolved within',
      chooseTown: 'Town', noTown: 'No town to show', openDashboard: 'Open dashboard',
      quantileNote: 'Medians and 90th percentiles are counted in time bands (≤ 1, 2, 4, 8, 12, 24, 48, 72 h …); averages are exact.',
      chartTickets: 'Tickets per community', chartSummary: '{{title}}: {{items}}',
    },
  },
});
