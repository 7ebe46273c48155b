/** Parking tables (migration 2026-12-03T07-00-parking). Money in whole fen. */
declare module '../../core/db/types' {
  interface DB {
    car_parks: {
      id: string;
      community_id: string;
      estate_id: string | null;
      name: string;
      total_spaces: number;
      opened_on: string;
      note: string;
      created_by: string;
      created_at: Time;
      updated_at: Time;
    };
    parking_spaces: {
      id: string;
      community_id: string;
      car_park_id: string;
      number: string;
      owner_priority: Bool;
      created_at: Time;
    };
    parking_vehicles: {
      id: string;
      community_id: string;
      household_id: string;
      plate: string;
      note: string;
      created_by: string;
      created_at: Time;
    };
    parking_rules: {
      id: string;
      community_id: string;
      car_park_id: string;
      effective_on: string;
      free_minutes: number;
      fee_fen_per_hour: number;
      daily_cap_fen: number;
      owner_priority_spaces: number;
      topic_id: string;
      consultation_id: string;
      note: string;
      created_by: string;
      created_at: Time;
    };
  }
}
export {};
