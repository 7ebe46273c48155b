import type { Messages } from './zh-CN';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English. Same keys as zh-CN.ts (the type makes a missing key a compile error). */
const en: Shape<Messages> = {
  common: {
    appName: 'Gongzhi', appFullName: 'Gongzhi · community co-governance', save: 'Save', cancel: 'Cancel', confirm: 'OK', add: 'Add', remove: 'Remove',
    edit: 'Edit', actions: 'Actions', loading: 'Loading…', back: 'Back', print: 'Print', yes: 'Yes', no: 'No', saved: 'Saved',
    networkError: 'Network error, please try again later', unexpectedError: 'Something went wrong, please try again later', language: 'Language', careMode: 'Care mode',
    logout: 'Sign out', community: 'Community', skipToContent: 'Skip to main content', filters: 'Filters', total: '{{count}} in total',
    notFound: 'Page not found', notAllowed: 'You are not allowed to see this page', toResident: 'Residents: go to the resident pages',
  },
  nav: {
    main: 'Main menu', overview: 'Overview', org: 'Community', estates: 'Estates', grids: 'Grids', buildings: 'Buildings', households: 'Households',
    residents: 'Residents', organizations: 'Organizations', accounts: 'Accounts & roles', rosters: 'Rosters',
  },
  password: {
    change: 'Change password', old: 'Current password', new: 'New password', confirm: 'New password again',
    hint: 'At least 10 characters, not a common password, not your login or phone', mismatch: 'The two new passwords differ',
    required: 'Enter the password', min: 'At least 10 characters', done: 'Password changed; you are signed out on other devices',
  },
  login: {
    subtitle: 'Community co-governance · staff sign-in', login: 'Login name or phone', password: 'Password', submit: 'Sign in',
    loginRequired: 'Enter your login name or phone', passwordRequired: 'Enter your password',
  },
  validation: {
    phone: 'Enter an 11-digit mobile number', idNumber: 'An ID number has 18 characters', passwordMin: 'At least 10 characters', login: '3–64 letters, digits or _ . @ -',
    rolesRequired: 'Choose at least one role', code: 'Enter the household code',
  },
  reveal: {
    button: 'Reveal', buttonFor: 'Reveal the full {{label}}', title: 'Reveal the full {{label}}', hint: 'Viewing full personal data is logged. Say why you need it.',
    reason: 'Reason', reasonRequired: 'Give a reason', confirm: 'Reveal',
  },
  audit: {
    open: 'History', title: 'History (audit chain)', empty: 'No events yet', system: 'System', before: 'Before', after: 'After',
    verbs: {
      create: 'Created', update: 'Changed', delete: 'Deleted', join: 'Joined with code', join_codes: 'Join codes generated', reveal: 'Full data viewed', export: 'Exported',
      link_account: 'Account linked', grant: 'Role granted', revoke: 'Role revoked', import: 'Roster imported', set_representative: 'Representative set',
    },
  },
  roles: {
    staff: 'Community staff', party_branch: 'Party branch', party_member: 'Party member', committee: 'Committee member', building_leader: 'Building leader',
    grid_member: 'Grid member', property_manager: 'Property manager', property_specialist: 'Property specialist', technician: 'Technician',
    partner_contact: 'Partner contact', department_liaison: 'Department liaison', deputy: "People's Congress deputy", resident: 'Resident', representative: 'Representative',
  },
  org: {
    counts: { estates: 'Estates', grids: 'Grids', buildings: 'Buildings', households: 'Households', residents: 'Residents' },
    householdsPerEstate: 'Households per estate', householdsOf: '{{name}}: {{count}} households',
    name: 'Name', address: 'Address', note: 'Note', estate: 'Estate', grid: 'Grid', building: 'Building', household: 'Household', room: 'Room',
    none: 'None', team: 'Service team', teamManage: 'Team', teamOf: '{{name}} · service team', teamEmpty: 'No members yet',
    memberAdd: 'Add a member', memberRemoveConfirm: 'Remove {{name}}?', role: 'Role', personName: 'Name', phone: 'Mobile phone',
    gridRoles: { building_leader: 'Building leader', second_building_leader: 'Party-member second building leader', property_specialist: 'Red property specialist', other: 'Other' },
    estateCreate: 'New estate', estateEdit: 'Edit estate', gridCreate: 'New grid', gridEdit: 'Edit grid',
    buildingCreate: 'New building', buildingEdit: 'Edit building', buildingName: 'Building name', buildingSearch: 'Search buildings', floors: 'Floors',
    gridOf: 'Grid of {{name}}',
    joinCodes: 'Print join codes', joinCodesPrint: 'Print join codes of this building', joinCodesPickBuilding: 'First choose a building in the filter',
    joinCodesTitle: 'Household join codes · {{name}}', joinCodesWarning: 'New codes make every code handed out for this building before stop working.',
    joinCodesConfirm: 'Generate new codes and void the old ones?', joinCodesGenerate: 'Generate codes', joinCode: 'Code', joinQrAlt: 'Join QR code for room {{room}}',
    joinCardHint: 'Scan with your phone and enter your name and phone to join your household',
    householdCode: 'Household code', householdCodeHint: 'Leave empty to generate one', householdSearch: 'Search code or room', householdCreate: 'New household',
    householdEdit: 'Edit household', householdDetail: 'Household', representative: 'Representative', joined: 'Account linked', joinedYes: 'Linked', joinedNo: 'Not linked',
    residentsOfHousehold: 'Residents ({{count}})', makeRepresentative: 'Make representative', representativeSet: '{{name}} is now the representative', representativeConfirm: 'Make {{name}} the representative? The representative votes for the household in consultations.',
    residentCreate: 'New resident', residentEdit: 'Edit resident', residentSearch: 'Search name or phone', gender: 'Gender', age: 'Age',
    ageMin: 'Min age', ageMax: 'Max age', birthDate: 'Date of birth', idNumber: 'ID number', tags: 'Tags', account: 'Account',
    keepMasked: 'Now {{value}}; leave empty to keep it',
    genders: { male: 'Male', female: 'Female' },
    tagNames: { party_member: 'Party member', elderly: 'Elderly', living_alone: 'Living alone', car_owner: 'Car owner', disabled: 'Disabled', veteran: 'Veteran', volunteer: 'Volunteer', low_income: 'Low income' },
    kind: 'Kind', kinds: { party_branch: 'Party branch', property_company: 'Property company', committee: 'Self-management committee', partner_unit: 'Partner unit', department: 'Department' },
    organizationCreate: 'New organization', organizationEdit: 'Edit organization', organizationSearch: 'Search organizations', contact: 'Contact',
    contactName: 'Contact name', contactPhone: 'Contact phone', members: 'Members', membersOf: '{{name}} · members', membersEmpty: 'No members yet', title: 'Title',
    accountCreate: 'New account', accountSearch: 'Search login or name', login: 'Login name', loginHint: '3–64 letters, digits or _ . @ -',
    displayName: 'Name', roles: 'Roles', rolesEdit: 'Change roles', rolesOf: 'Roles of {{name}}', status: 'Status', disabled: 'Disabled', enabled: 'Active',
    lastLogin: 'Last sign-in', initialPassword: 'Initial password',
    rosterImport: 'Import a roster', rosterImportHint: 'Download the template, fill in the two sheets (households and residents), then upload it. If any row is wrong, nothing is imported and every problem is listed.',
    rosterTemplate: 'Download template', rosterTemplateFile: 'roster-template.xlsx', rosterDryRun: 'Check only, do not import', rosterUpload: 'Upload .xlsx file',
    rosterCheckedOk: 'Check passed: {{households}} households and {{residents}} residents can be imported. Untick "check only" and upload again to import.',
    rosterImported: 'Imported: {{households}} households and {{residents}} residents added.', rosterInvalid: '{{count}} problems found; nothing was imported:',
    sheet: 'Sheet', row: 'Row', column: 'Column', problem: 'Problem',
    rosterExport: 'Export rosters', exportHouseholds: 'Export households', exportResidents: 'Export residents', exportResidentsFull: 'Export full numbers…', exportFullTitle: 'Export residents with full phone and ID numbers', exportFullHint: 'Full numbers only when the work needs them. Say why; the export is written to the audit log. Without a reason the numbers stay masked.', exportFullReason: 'Purpose', exportFullReasonRequired: 'Say why (at least 2 characters)', exportFullSubmit: 'Export', householdsFile: 'households.xlsx', residentsFile: 'residents.xlsx',
  },
  h5: {
    title: 'Gongzhi · Residents', signIn: 'Sign in', signInTitle: 'Resident sign-in', join: 'Join my household', joinTitle: 'Join with a household code',
    joinIntro: 'Scan the QR code from your building leader, or type the household code, then enter your name and phone.', code: 'Household code', name: 'Name', phone: 'Mobile phone',
    password: 'Choose a password', passwordHint: 'At least 10 characters; keep it safe', joinSubmit: 'Join', haveAccount: 'Have an account? Sign in', noAccount: 'No account yet? Join with a code',
    myHousehold: 'My household', householdCode: 'Household code', room: 'Room', building: 'Building', estate: 'Estate', members: 'Members',
    representative: 'Representative', you: 'Me', noHousehold: 'Your account has not joined a household yet.', notAvailable: 'Household details are not available right now; please try again later.',
    settings: 'Settings', services: 'Services', welcome: 'Hello, {{name}}', joined: 'You joined room {{room}}. Welcome!',
  },
};

export default en;
