import type { UserRole } from '../generated/prisma/client';

export interface DemoHospital {
  code: string;
  name: string;
  timezone: string;
  emailDomain: string;
}

export interface DemoAccount {
  email: string;
  password: string;
  role: UserRole;
  firstName: string;
  lastName: string;
  department?: string;
  /** Hospital code; undefined for the network-wide super admin. */
  hospital?: string;
}

export const DEMO_HOSPITALS: DemoHospital[] = [
  { code: 'CGH', name: 'City General Hospital', timezone: 'Asia/Kolkata', emailDomain: 'citygeneral.example' },
  // A second hospital proves isolation: nobody at CGH sees a row of LMC.
  { code: 'LMC', name: 'Lakeside Medical Center', timezone: 'America/New_York', emailDomain: 'lakeside.example' },
];

/** The demo sign-ins `npm start` prints and the README lists. Not for production. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'superadmin@hospital-crm.example', password: 'SuperAdmin#2026', role: 'SUPER_ADMIN', firstName: 'Sam', lastName: 'Rivera' },
  { email: 'admin@citygeneral.example', password: 'Admin#2026', role: 'HOSPITAL_ADMIN', firstName: 'Priya', lastName: 'Sharma', hospital: 'CGH' },
  { email: 'reception@citygeneral.example', password: 'Reception#2026', role: 'RECEPTIONIST', firstName: 'Arjun', lastName: 'Mehta', hospital: 'CGH' },
  {
    email: 'dr.patel@citygeneral.example',
    password: 'Doctor#2026',
    role: 'DOCTOR',
    firstName: 'Neha',
    lastName: 'Patel',
    department: 'Cardiology',
    hospital: 'CGH',
  },
  {
    email: 'dr.khan@citygeneral.example',
    password: 'Doctor#2026',
    role: 'DOCTOR',
    firstName: 'Imran',
    lastName: 'Khan',
    department: 'Endocrinology',
    hospital: 'CGH',
  },
  {
    email: 'nurse.das@citygeneral.example',
    password: 'Nurse#2026',
    role: 'NURSE',
    firstName: 'Ritu',
    lastName: 'Das',
    department: 'Cardiology',
    hospital: 'CGH',
  },
  { email: 'staff.roy@citygeneral.example', password: 'Staff#2026', role: 'STAFF', firstName: 'Kabir', lastName: 'Roy', hospital: 'CGH' },
  { email: 'admin@lakeside.example', password: 'Admin#2026', role: 'HOSPITAL_ADMIN', firstName: 'Emma', lastName: 'Walsh', hospital: 'LMC' },
  { email: 'reception@lakeside.example', password: 'Reception#2026', role: 'RECEPTIONIST', firstName: 'Liam', lastName: 'Brooks', hospital: 'LMC' },
  {
    email: 'dr.chen@lakeside.example',
    password: 'Doctor#2026',
    role: 'DOCTOR',
    firstName: 'Grace',
    lastName: 'Chen',
    department: 'Orthopedics',
    hospital: 'LMC',
  },
];
