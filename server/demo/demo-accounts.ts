import type { Role } from '../../common/roles.js';

export const DEMO_PASSWORD = 'demo1234';

type DemoAccount = { username: string; name: string; role: Role; nip: string; unit: string; position: string };

const WORKER_NAMES = [
  'Agus Setiawan', 'Budi Santoso', 'Citra Lestari', 'Dewi Anggraini', 'Eko Prasetyo',
  'Fajar Nugroho', 'Gita Permata', 'Hendra Wijaya', 'Indah Sari', 'Joko Susilo',
  'Kartika Putri', 'Lukman Hakim', 'Maya Rahmawati', 'Nanda Saputra', 'Oki Firmansyah',
  'Putri Handayani', 'Rizky Ramadhan', 'Sri Wahyuni', 'Taufik Hidayat', 'Wulan Sari',
];
const UNITS = ['Produksi', 'Pemeliharaan', 'Utilitas', 'Gudang'];

/** The contract's demo accounts: admin, hc, coach and worker1..worker20, all with password demo1234. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', name: 'Administrator Sistem', role: 'admin', nip: '900000000001', unit: 'Teknologi Informasi', position: 'Administrator' },
  { username: 'hc', name: 'Rina Marlina', role: 'hc', nip: '900000000002', unit: 'Human Capital', position: 'HC Officer' },
  { username: 'coach', name: 'Bambang Hartono', role: 'coach', nip: '900000000003', unit: 'Produksi', position: 'Supervisor' },
  ...WORKER_NAMES.map((name, i) => ({
    username: `worker${i + 1}`,
    name,
    role: 'coachee' as const,
    nip: String(198_800_000_000 + i + 1),
    unit: UNITS[i % UNITS.length]!,
    position: 'Operator',
  })),
];

/** The coach coaches the Produksi workers. */
export const DEMO_COACHEES = DEMO_ACCOUNTS.filter((a) => a.role === 'coachee' && a.unit === 'Produksi').map((a) => a.username);
