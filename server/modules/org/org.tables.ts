/** Community structure tables (SPEC §1); created by the foundation migration. */
declare module '../../core/db/types' {
  interface DB {
    towns: { id: string; name: string; code: string | null; created_at: Time; updated_at: Time };
    communities: {
      id: string;
      town_id: string;
      name: string;
      address: string | null;
      created_at: Time;
      updated_at: Time;
    };
    estates: {
      id: string;
      community_id: string;
      name: string;
      address: string | null;
      note: string | null;
      created_at: Time;
      updated_at: Time;
    };
    grids: { id: string; community_id: string; name: string; note: string | null; created_at: Time; updated_at: Time };
    buildings: {
      id: string;
      community_id: string;
      estate_id: string;
      grid_id: string | null;
      name: string;
      floors: number | null;
      note: string | null;
      created_at: Time;
      updated_at: Time;
    };
    households: {
      id: string;
      community_id: string;
      estate_id: string;
      building_id: string;
      room: string;
      code: string;
      representative_id: string | null;
      join_code_hash: string | null;
      join_code_issued_at: Time | null;
      note: string | null;
      created_at: Time;
      updated_at: Time;
    };
    residents: {
      id: string;
      community_id: string;
      household_id: string | null;
      name: string;
      gender: string | null;
      birth_date: string | null;
      phone: string | null;
      id_number_enc: string | null;
      id_number_mask: string | null;
      id_number_hmac: string | null;
      user_id: string | null;
      note: string | null;
      created_at: Time;
      updated_at: Time;
    };
    resident_tags: { resident_id: string; community_id: string; tag: string };
    organizations: {
      id: string;
      community_id: string;
      kind: string;
      name: string;
      estate_id: string | null;
      contact_name: string | null;
      contact_phone: string | null;
      note: string | null;
      created_at: Time;
      updated_at: Time;
    };
    organization_members: {
      id: string;
      community_id: string;
      organization_id: string;
      name: string;
      title: string | null;
      phone: string | null;
      resident_id: string | null;
      user_id: string | null;
      created_at: Time;
      updated_at: Time;
    };
    grid_members: {
      id: string;
      community_id: string;
      grid_id: string;
      role: string;
      name: string;
      phone: string | null;
      building_id: string | null;
      resident_id: string | null;
      user_id: string | null;
      created_at: Time;
      updated_at: Time;
    };
  }
}
export {};
