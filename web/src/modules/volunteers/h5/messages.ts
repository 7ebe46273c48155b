import { addMessages } from '../../../app/i18n';

/** The resident pages' strings (zh-CN first), under `volunteers.`: loaded with the H5 entry, so kept to what the H5 shows; the console adds its own. */
addMessages({
  'zh-CN': {
    volunteers: {
      tile: '志愿活动', h5Title: '志愿活动', upcoming: '可报名的活动', past: '往期活动', empty: '暂无活动',
      seats: '已报名 {{n}}/{{cap}}', signUp: '报名', signedUp: '已报名', full: '名额已满', ended: '已结束', checkedIn: '已签到', checkedOut: '已签退 · {{h}} 小时',
      signUpDone: '报名成功', myHours: '我的志愿服务', myHoursLine: '共 {{n}} 人次，{{h}} 小时',
      checkTitle: '活动签到', checkIn: '签到', checkOut: '签退', checkInDone: '签到成功', checkOutDone: '签退成功，本次服务 {{h}} 小时', noCode: '请扫描活动现场的二维码',
      when: '时间', where: '地点',
      kinds: { learning: '学习', festival: '节日活动', greening: '绿化补种', renovation: '小区改造', service: '志愿服务', other: '其他' },
    },
  },
  en: {
    volunteers: {
      tile: 'Activities', h5Title: 'Activities', upcoming: 'Open for sign-up', past: 'Past activities', empty: 'No activities',
      seats: '{{n}}/{{cap}} signed up', signUp: 'Sign up', signedUp: 'Signed up', full: 'Full', ended: 'Ended', checkedIn: 'Checked in', checkedOut: 'Checked out · {{h}} h',
      signUpDone: 'Signed up', myHours: 'My volunteering', myHoursLine: '{{n}} times, {{h}} hours',
      checkTitle: 'Check in', checkIn: 'Check in', checkOut: 'Check out', checkInDone: 'Checked in', checkOutDone: 'Checked out: {{h}} hours served', noCode: 'Scan the QR code at the event',
      when: 'When', where: 'Where',
      kinds: { learning: 'Learning', festival: 'Festival', greening: 'Greening', renovation: 'Renovation', service: 'Service', other: 'Other' },
    },
  },
});
