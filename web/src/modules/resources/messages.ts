import { addMessages } from '../../app/i18n';

/** The resources module's strings, merged under `resources.`. */
addMessages({
  'zh-CN': {
    resources: {
      menu: '共建与资源', partners: '结对共建', donations: '捐赠', lists: '三张清单', needs: '需求清单', offers: '资源清单', projectList: '项目清单',
      partner: '共建单位', title: '名称', signedOn: '签订日期', endsOn: '到期日期', contacts: '联系人', offersText: '提供的资源', addAgreement: '新增结对协议',
      contactName: '联系人姓名', contactTitle: '职务', contactPhone: '电话',
      item: '物品', quantity: '数量', unit: '单位', value: '估算市场价值（元）', donor: '捐赠方', donorOrg: '捐赠单位（可选）', destination: '去向', receivedOn: '接收日期',
      addDonation: '登记捐赠', saved: '累计节约资金 ¥{{v}}', photos: '照片', addPhoto: '上传照片',
      addNeed: '新增需求', need: '需求', description: '说明', status: '状态', statuses: { open: '待对接', matched: '已对接资源', in_project: '已立项', met: '已解决' },
      offer: '对接资源', project: '项目', donation: '满足需求的捐赠', match: '对接资源', toProject: '转入项目', markMet: '标记解决', choose: '请选择',
      addOffer: '新增资源', kind: '类型', kinds: { goods: '物资', service: '服务', venue: '场地', funds: '资金' }, save: '保存', ok: '已保存', none: '无',
    },
  },
  en: {
    resources: {
      menu: 'Partners & resources', partners: 'Pairing', donations: 'Donations', lists: 'Three lists', needs: 'Needs', offers: 'Resources', projectList: 'Projects',
      partner: 'Partner unit', title: 'Title', signedOn: 'Signed', endsOn: 'Ends', contacts: 'Contacts', offersText: 'What they offer', addAgreement: 'New agreement',
      contactName: 'Contact name', contactTitle: 'Title', contactPhone: 'Phone',
      item: 'Item', quantity: 'Quantity', unit: 'Unit', value: 'Estimated value (¥)', donor: 'Donor', donorOrg: 'Donor unit (optional)', destination: 'Where it went', receivedOn: 'Received',
      addDonation: 'Record donation', saved: 'Money saved ¥{{v}}', photos: 'Photos', addPhoto: 'Upload photo',
      addNeed: 'New need', need: 'Need', description: 'Description', status: 'Status', statuses: { open: 'Open', matched: 'Matched', in_project: 'In a project', met: 'Met' },
      offer: 'Offer', project: 'Project', donation: 'Donation that met it', match: 'Match', toProject: 'To project', markMet: 'Mark met', choose: 'Choose',
      addOffer: 'New offer', kind: 'Kind', kinds: { goods: 'Goods', service: 'Service', venue: 'Venue', funds: 'Funds' }, save: 'Save', ok: 'Saved', none: 'None',
    },
  },
});
