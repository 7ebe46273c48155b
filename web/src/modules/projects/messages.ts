import { addMessages } from '../../app/i18n';

/** The projects module's strings, merged under `projects.`. */
addMessages({
  'zh-CN': {
    projects: {
      menu: '项目经费', list: '项目清单', detail: '项目详情', create: '新建项目', name: '项目名称', program: '资金来源项目', funder: '出资方', year: '年度',
      budget: '预算（元）', spent: '已支出（元）', balance: '余额（元）', progress: '进度', status: '状态', items: '建设内容', itemsHint: '每行一项，如：宣传版面 60 块',
      description: '说明', statuses: { planned: '立项', in_progress: '实施中', completed: '已完工' }, published: '已公示', notPublished: '未公示',
      publish: '公示', unpublish: '撤回公示', publicPage: '查看公示页', totals: '合计：预算 ¥{{budget}}，已支出 ¥{{spent}}',
      spending: '支出明细', addSpending: '记一笔支出', amount: '金额（元）', payee: '收款方', payeeKind: '收款方类型', payeeKinds: { organization: '单位', person: '个人' },
      spentOn: '支出日期', note: '用途', invoice: '发票照片', invoiceAttached: '有发票', workOrder: '关联维修工单号', save: '保存', ok: '已保存',
      photos: '照片', photoKinds: { before: '实施前', after: '实施后', invoice: '发票' }, upload: '上传照片', kind: '照片类型', noPhotos: '暂无照片',
      setProgress: '更新进度', ofTopic: '实施项目', topic: '关联议题', openTopic: '查看议题', none: '无',
      publicTitle: '项目经费公示', tile: '项目公示', h5Title: '项目经费公示', h5Empty: '暂无公示的项目', h5Line: '{{year}}年 · 已支出 ¥{{spent}} / 预算 ¥{{budget}} · 进度 {{progress}}%', publicNotFound: '该项目不存在或尚未公示', print: '打印公示',
    },
  },
  en: {
    projects: {
      menu: 'Funded projects', list: 'Projects', detail: 'Project', create: 'New project', name: 'Project', program: 'Programme', funder: 'Funder', year: 'Year',
      budget: 'Budget (¥)', spent: 'Spent (¥)', balance: 'Balance (¥)', progress: 'Progress', status: 'Status', items: 'Items', itemsHint: 'One per line, e.g. Panels 60 pcs',
      description: 'Description', statuses: { planned: 'Planned', in_progress: 'In progress', completed: 'Completed' }, published: 'Published', notPublished: 'Not published',
      publish: 'Publish', unpublish: 'Withdraw', publicPage: 'Public page', totals: 'Total: budget ¥{{budget}}, spent ¥{{spent}}',
      spending: 'Spending', addSpending: 'Record spending', amount: 'Amount (¥)', payee: 'Payee', payeeKind: 'Payee type', payeeKinds: { organization: 'Organization', person: 'Person' },
      spentOn: 'Date', note: 'Purpose', invoice: 'Invoice photo', invoiceAttached: 'Invoice', workOrder: 'Work order number', save: 'Save', ok: 'Saved',
      photos: 'Photos', photoKinds: { before: 'Before', after: 'After', invoice: 'Invoice' }, upload: 'Upload photo', kind: 'Photo type', noPhotos: 'No photos yet',
      setProgress: 'Update progress', ofTopic: 'Projects implementing it', topic: 'Topic', openTopic: 'Open topic', none: 'None',
      publicTitle: 'Project disclosure', tile: 'Projects', h5Title: 'Funded projects', h5Empty: 'No published projects yet', h5Line: '{{year}} · spent ¥{{spent}} of ¥{{budget}} · {{progress}}% done', publicNotFound: 'This project does not exist or is not published', print: 'Print',
    },
  },
});
