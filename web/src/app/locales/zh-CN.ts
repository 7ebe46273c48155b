/** 简体中文 (default). Keys are grouped by area; a module adds its own group. en.ts must have the same keys. */
const zhCN = {
  common: {
    appName: '共治', appFullName: '共治 · 社区共建共治平台', save: '保存', cancel: '取消', confirm: '确定', add: '添加', remove: '移除',
    edit: '编辑', actions: '操作', loading: '加载中…', back: '返回', print: '打印', yes: '是', no: '否', saved: '已保存',
    networkError: '网络连接失败，请稍后再试', unexpectedError: '出了点问题，请稍后再试', language: '语言', careMode: '关怀模式',
    logout: '退出登录', community: '居民区', skipToContent: '跳到主要内容', filters: '筛选', total: '共 {{count}} 条',
    notFound: '页面不存在', notAllowed: '您没有权限查看此页面', toResident: '居民请前往居民端',
  },
  nav: {
    main: '主菜单', overview: '概览', org: '居民区管理', estates: '小区', grids: '网格', buildings: '楼栋', households: '户',
    residents: '居民', organizations: '组织与单位', accounts: '账号与角色', rosters: '台账导入导出',
  },
  password: {
    change: '修改密码', old: '原密码', new: '新密码', confirm: '再次输入新密码', hint: '至少10位，不能是常见密码，也不能与账号或手机号相同',
    mismatch: '两次输入的新密码不一致', required: '请输入密码', min: '密码至少10位', done: '密码已修改，您在其他设备上的登录已退出',
  },
  login: {
    subtitle: '社区共建共治平台 · 工作人员登录', login: '账号或手机号', password: '密码', submit: '登录',
    loginRequired: '请输入账号或手机号', passwordRequired: '请输入密码',
  },
  validation: {
    phone: '请输入11位手机号', idNumber: '身份证号应为18位', passwordMin: '密码至少10位', login: '账号为3–64位字母、数字或 _ . @ -',
    rolesRequired: '请至少选择一个角色', code: '请输入户码',
  },
  reveal: {
    button: '查看', buttonFor: '查看完整的{{label}}', title: '查看完整的{{label}}', hint: '查看完整个人信息会被记录，请写明用途。',
    reason: '查看原因', reasonRequired: '请填写查看原因', confirm: '查看',
  },
  audit: {
    open: '变更记录', title: '变更记录（审计链）', empty: '暂无记录', system: '系统', before: '变更前', after: '变更后',
    verbs: {
      create: '新建', update: '修改', delete: '删除', join: '扫码入户', join_codes: '生成户码', reveal: '查看完整信息', export: '导出',
      link_account: '绑定账号', grant: '授予角色', revoke: '撤销角色', import: '导入台账', set_representative: '设置户代表',
    },
  },
  roles: {
    staff: '居委工作人员', party_branch: '党支部成员', party_member: '党员', committee: '自管会成员', building_leader: '楼组长',
    grid_member: '网格员', property_manager: '物业经理', property_specialist: '红色物业专员', technician: '技术员',
    partner_contact: '共建单位联系人', department_liaison: '职能部门联络员', deputy: '人大代表', resident: '居民', representative: '户代表',
  },
  org: {
    counts: { estates: '小区', grids: '网格', buildings: '楼栋', households: '户数', residents: '居民' },
    householdsPerEstate: '各小区户数', householdsOf: '{{name}} {{count}} 户',
    name: '名称', address: '地址', note: '备注', estate: '小区', grid: '网格', building: '楼栋', household: '户', room: '室号',
    none: '无', team: '网格服务小组', teamManage: '服务小组', teamOf: '{{name}} · 网格服务小组', teamEmpty: '还没有成员',
    memberAdd: '添加成员', memberRemoveConfirm: '确定移除 {{name}}？', role: '角色', personName: '姓名', phone: '手机号',
    gridRoles: { building_leader: '楼组长', second_building_leader: '党员第二楼组长', property_specialist: '红色物业专员', other: '其他' },
    estateCreate: '新建小区', estateEdit: '编辑小区', gridCreate: '新建网格', gridEdit: '编辑网格',
    buildingCreate: '新建楼栋', buildingEdit: '编辑楼栋', buildingName: '楼栋名称', buildingSearch: '搜索楼栋', floors: '层数',
    gridOf: '{{name}} 所属网格',
    joinCodes: '打印户码', joinCodesPrint: '打印本楼户码', joinCodesPickBuilding: '请先在筛选中选择一个楼栋',
    joinCodesTitle: '户码二维码 · {{name}}', joinCodesWarning: '生成新的户码后，本楼之前发出的户码将全部失效。',
    joinCodesConfirm: '生成新户码并使旧户码失效？', joinCodesGenerate: '生成户码', joinCode: '户码', joinQrAlt: '{{room}} 室的加入二维码',
    joinCardHint: '请用手机扫码，填写姓名和手机号即可加入本户',
    householdCode: '户码', householdCodeHint: '留空则自动生成', householdSearch: '搜索户码或室号', householdCreate: '新建户',
    householdEdit: '编辑户', householdDetail: '户详情', representative: '户代表', joined: '已绑定账号', joinedYes: '已绑定', joinedNo: '未绑定',
    residentsOfHousehold: '本户居民（{{count}}）', makeRepresentative: '设为户代表', representativeSet: '已将 {{name}} 设为户代表', representativeConfirm: '将 {{name}} 设为户代表？户代表代表本户参加征询投票。',
    residentCreate: '新增居民', residentEdit: '编辑居民', residentSearch: '搜索姓名或手机号', gender: '性别', age: '年龄',
    ageMin: '最小年龄', ageMax: '最大年龄', birthDate: '出生日期', idNumber: '身份证号', tags: '标签', account: '账号',
    keepMasked: '当前为 {{value}}；留空则不修改',
    genders: { male: '男', female: '女' },
    tagNames: { party_member: '党员', elderly: '老年人', living_alone: '独居', car_owner: '有车', disabled: '残疾', veteran: '退役军人', volunteer: '志愿者', low_income: '低保' },
    kind: '类别', kinds: { party_branch: '党支部', property_company: '物业公司', committee: '自管会', partner_unit: '共建单位', department: '职能部门' },
    organizationCreate: '新建组织', organizationEdit: '编辑组织', organizationSearch: '搜索组织名称', contact: '联系人',
    contactName: '联系人姓名', contactPhone: '联系电话', members: '成员', membersOf: '{{name}} · 成员', membersEmpty: '还没有成员', title: '职务',
    accountCreate: '新建账号', accountSearch: '搜索账号或姓名', login: '登录账号', loginHint: '3–64位字母、数字或 _ . @ -',
    displayName: '姓名', roles: '角色', rolesEdit: '修改角色', rolesOf: '{{name}} 的角色', status: '状态', disabled: '已停用', enabled: '正常',
    lastLogin: '最近登录', initialPassword: '初始密码',
    rosterImport: '导入台账', rosterImportHint: '先下载模板，按模板填写“户”和“居民”两张表后上传。有错误时不会导入任何数据，并逐行列出问题。',
    rosterTemplate: '下载模板', rosterTemplateFile: '台账模板.xlsx', rosterDryRun: '仅检查，不导入', rosterUpload: '上传 .xlsx 文件',
    rosterCheckedOk: '检查通过：可导入 {{households}} 户、{{residents}} 名居民。取消“仅检查”后再次上传即可导入。',
    rosterImported: '导入成功：新增 {{households}} 户、{{residents}} 名居民。', rosterInvalid: '发现 {{count}} 处问题，未导入任何数据：',
    sheet: '工作表', row: '行', column: '列', problem: '问题',
    rosterExport: '导出台账', exportHouseholds: '导出户台账', exportResidents: '导出居民台账', exportResidentsFull: '导出完整号码…', exportFullTitle: '导出含完整手机号和身份证号的居民台账', exportFullHint: '完整号码仅限工作需要。请写明用途，导出将记入审计日志；不写用途时导出的号码为遮挡的。', exportFullReason: '用途', exportFullReasonRequired: '请写明用途（至少2个字）', exportFullSubmit: '导出', householdsFile: '户台账.xlsx', residentsFile: '居民台账.xlsx',
  },
  h5: {
    title: '共治 · 居民', signIn: '登录', signInTitle: '居民登录', join: '加入我家', joinTitle: '用户码加入我家',
    joinIntro: '扫描楼组长发给您的二维码，或输入户码，填写姓名和手机号即可加入。', code: '户码', name: '姓名', phone: '手机号',
    password: '设置密码', passwordHint: '至少10位，请牢记', joinSubmit: '加入', haveAccount: '已有账号？去登录', noAccount: '还没有账号？用户码加入',
    myHousehold: '我的家', householdCode: '户码', room: '房号', building: '楼栋', estate: '小区', members: '家庭成员',
    representative: '户代表', you: '我', noHousehold: '您的账号还没有加入任何一户。', notAvailable: '暂时无法查看本户信息，请稍后再试。',
    settings: '设置', services: '服务', welcome: '您好，{{name}}', joined: '已加入 {{room}}，欢迎！',
  },
};

export default zhCN;
export type Messages = typeof zhCN;
