import type { QuestionInput } from '../../common/schemas/question-bank.js';

/**
 * The demo assessment: basic industrial safety (K3) for production-floor workers, two packages of
 * thirty distinct questions in Bahasa Indonesia covering PPE, lockout-tagout, confined spaces, hot
 * work, fire classes and extinguishers, working at height, chemicals and SDS, incident reporting,
 * housekeeping (5R) and first aid.
 */
export const K3_COMPETENCY = {
  code: 'K3-01',
  name: 'Keselamatan Kerja Dasar',
  description: 'Memahami dan menerapkan prinsip dasar keselamatan dan kesehatan kerja di area produksi.',
};

export const K3_ASSESSMENT = {
  title: 'K3 Dasar: Keselamatan Kerja di Area Produksi',
  description:
    'Uji pemahaman dasar K3 di area produksi: APD, LOTO, ruang terbatas, pekerjaan panas, kebakaran dan APAR, ' +
    'bekerja di ketinggian, bahan kimia, pelaporan insiden, 5R, dan P3K. 30 soal, 30 menit, nilai lulus 70.',
  durationMinutes: 30,
  passScore: 70,
  questionsPerPage: 10,
};

type Letter = 'A' | 'B' | 'C' | 'D';

/** A one-point question with four options, `correct` naming the right one by letter. */
function q(text: string, correct: Letter, options: [string, string, string, string]): QuestionInput {
  return { text, points: 1, options: options.map((option, i) => ({ text: option, correct: 'ABCD'[i] === correct })) };
}

export const K3_PACKAGES: { name: string; questions: QuestionInput[] }[] = [
  {
    name: 'A',
    questions: [
      q('Apa fungsi Alat Pelindung Diri (APD) dalam hierarki pengendalian risiko?', 'D', [
        'Menggantikan prosedur kerja aman',
        'Mengurangi biaya perawatan mesin',
        'Menghilangkan sumber bahaya sepenuhnya',
        'Pengendalian terakhir yang melindungi pekerja dari bahaya yang masih tersisa',
      ]),
      q('Saat menggerinda logam, APD yang paling tepat untuk melindungi wajah dan mata adalah…', 'C', [
        'Masker kain',
        'Kacamata hitam biasa',
        'Pelindung wajah (face shield) dipadukan dengan kacamata keselamatan',
        'Topi pet',
      ]),
      q('Mengapa sarung tangan tidak boleh dipakai saat mengoperasikan mesin bor duduk?', 'B', [
        'Sarung tangan mengurangi kecepatan putaran mesin',
        'Sarung tangan dapat tergulung dan menarik tangan ke bagian yang berputar',
        'Sarung tangan membuat mata bor cepat tumpul',
        'Sarung tangan membuat tangan berkeringat',
      ]),
      q('Kepanjangan LOTO dalam prosedur isolasi energi adalah…', 'B', [
        'Load Out Test Out',
        'Lock Out Tag Out',
        'Lock Out Turn Off',
        'Lift Off Tag Out',
      ]),
      q('Siapa yang boleh melepas gembok LOTO pribadi dari titik isolasi?', 'D', [
        'Operator shift berikutnya',
        'Siapa saja yang memegang kunci cadangan',
        'Petugas keamanan pabrik',
        'Pekerja yang memasang gembok tersebut',
      ]),
      q('Setelah gembok dan label LOTO terpasang, apa yang dilakukan sebelum mulai bekerja?', 'A', [
        'Memastikan nol energi, misalnya mencoba menyalakan mesin (try-out) lalu mengembalikan sakelar ke posisi mati',
        'Langsung membongkar mesin',
        'Menyalakan mesin lain di sebelahnya',
        'Melepas label agar tidak hilang',
      ]),
      q('Urutan pengujian atmosfer yang benar sebelum memasuki ruang terbatas adalah…', 'A', [
        'Oksigen, gas mudah terbakar, lalu gas beracun',
        'Gas mudah terbakar, gas beracun, lalu oksigen',
        'Gas beracun, oksigen, lalu gas mudah terbakar',
        'Cukup mengukur suhu di dalam ruangan',
      ]),
      q('Kadar oksigen yang umumnya dianggap aman untuk memasuki ruang terbatas adalah…', 'D', [
        'Di atas 30%',
        '10% sampai 15%',
        '25% sampai 30%',
        '19,5% sampai 23,5%',
      ]),
      q('Pekerja di dalam ruang terbatas tiba-tiba pingsan. Apa yang harus dilakukan petugas siaga (attendant) di luar?', 'A', [
        'Tetap di luar, membunyikan tanda bahaya, dan memanggil tim penyelamat terlatih',
        'Menutup lubang masuk agar gas tidak menyebar',
        'Segera masuk tanpa alat bantu napas untuk menarik korban',
        'Menunggu korban sadar dengan sendirinya',
      ]),
      q('Dokumen yang wajib ada sebelum mengelas di area produksi (di luar bengkel las) adalah…', 'C', [
        'Slip gaji pekerja',
        'Faktur pembelian kawat las',
        'Izin kerja panas (hot work permit)',
        'Daftar hadir rapat',
      ]),
      q('Berapa lama pengawas api (fire watch) umumnya tetap berjaga setelah pekerjaan panas selesai?', 'B', [
        'Hanya selama pengelasan berlangsung',
        'Minimal 30 menit',
        'Sekitar 5 menit',
        'Tidak perlu berjaga',
      ]),
      q('Alat pada regulator atau selang las oksi-asetilena yang mencegah nyala api balik disebut…', 'D', [
        'Katup bola',
        'Manometer',
        'Filter udara',
        'Flashback arrestor',
      ]),
      q('Tiga unsur segitiga api adalah…', 'C', [
        'Listrik, gas, dan minyak',
        'Asap, api, dan abu',
        'Bahan bakar, oksigen, dan panas',
        'Air, udara, dan tanah',
      ]),
      q('Menurut klasifikasi kebakaran di Indonesia, kebakaran pada peralatan listrik bertegangan termasuk…', 'C', [
        'Kelas A',
        'Kelas B',
        'Kelas C',
        'Kelas D',
      ]),
      q('Urutan teknik PASS dalam menggunakan APAR adalah…', 'B', [
        'Sapukan, arahkan, tarik pin, tekan tuas',
        'Tarik pin, arahkan nozel ke pangkal api, tekan tuas, sapukan',
        'Arahkan ke ujung nyala api, tarik pin, tekan tuas, diam',
        'Tekan tuas, tarik pin, sapukan, arahkan',
      ]),
      q('Perlindungan jatuh yang tepat untuk bekerja di ketinggian adalah…', 'A', [
        'Full body harness dengan lanyard berperedam kejut (shock absorber)',
        'Sabuk pinggang (waist belt) biasa',
        'Tali tambang yang diikat di pinggang',
        'Sepatu keselamatan saja',
      ]),
      q('Saat naik atau turun tangga, aturan tiga titik kontak berarti…', 'C', [
        'Tangga disandarkan pada tiga titik di dinding',
        'Tiga orang memegangi tangga',
        'Dua tangan dan satu kaki, atau dua kaki dan satu tangan, selalu menempel pada tangga',
        'Naik tiga anak tangga sekaligus',
      ]),
      q('Di mana sebaiknya titik angkur (anchor point) berada terhadap pekerja?', 'C', [
        'Di bawah kaki pekerja',
        'Di mana saja asalkan dekat',
        'Di atas kepala atau setinggi D-ring punggung, agar jarak jatuh bebas sependek mungkin',
        'Setinggi lutut',
      ]),
      q('Dokumen yang memuat bahaya, cara penanganan, dan pertolongan pertama suatu bahan kimia disebut…', 'A', [
        'Lembar Data Keselamatan (SDS/MSDS)',
        'Surat jalan',
        'Nota pembelian',
        'Kartu stok gudang',
      ]),
      q('Bahan kimia korosif memercik ke mata. Tindakan pertama yang benar adalah…', 'B', [
        'Menggosok mata dengan kain',
        'Membilas mata dengan air mengalir minimal 15 menit, lalu mencari pertolongan medis',
        'Meneteskan obat mata biasa lalu melanjutkan kerja',
        'Menutup mata dan menunggu perih hilang',
      ]),
      q('Mengapa pemutih berbahan klorin tidak boleh dicampur dengan pembersih berbahan asam?', 'C', [
        'Campurannya membuat lantai licin',
        'Campurannya menjadi tidak wangi',
        'Campurannya dapat melepaskan gas klorin yang beracun',
        'Campurannya menjadi lebih mahal',
      ]),
      q('Kejadian yang hampir menimbulkan cedera atau kerusakan, tetapi tidak terjadi, disebut…', 'B', [
        'Kerusakan properti',
        'Near miss (hampir celaka)',
        'Kecelakaan fatal',
        'Penyakit akibat kerja',
      ]),
      q('Kecelakaan kerja wajib dilaporkan pengusaha kepada instansi ketenagakerjaan paling lambat…', 'B', [
        '1 minggu',
        '2 x 24 jam',
        '1 bulan',
        'Tidak wajib dilaporkan',
      ]),
      q('Tindakan pertama yang tepat ketika menyaksikan kecelakaan di area produksi adalah…', 'A', [
        'Memastikan area aman, menolong korban sesuai kemampuan, dan segera melapor ke atasan',
        'Meninggalkan lokasi tanpa memberi tahu siapa pun',
        'Mengambil foto untuk media sosial',
        'Membersihkan lokasi agar produksi cepat berjalan lagi',
      ]),
      q('Urutan 5R yang benar adalah…', 'B', [
        'Rapi, Ringkas, Resik, Rajin, Rawat',
        'Ringkas, Rapi, Resik, Rawat, Rajin',
        'Rajin, Rawat, Resik, Rapi, Ringkas',
        'Resik, Rapi, Ringkas, Rawat, Rajin',
      ]),
      q('Langkah "Ringkas" dalam 5R berarti…', 'A', [
        'Memilah barang yang diperlukan dan menyingkirkan yang tidak diperlukan',
        'Membuat jadwal lembur',
        'Membersihkan lantai setiap hari',
        'Mengecat ulang mesin',
      ]),
      q('Manakah kondisi yang melanggar prinsip housekeeping di area produksi?', 'D', [
        'Tumpahan oli segera dibersihkan',
        'Jalur pejalan kaki ditandai garis kuning',
        'Peralatan dikembalikan ke tempatnya setelah dipakai',
        'Palet kosong diletakkan menghalangi pintu darurat dan APAR',
      ]),
      q('Pertolongan pertama yang tepat untuk luka bakar ringan akibat panas adalah…', 'D', [
        'Memecahkan lepuhnya',
        'Menempelkan es batu langsung ke kulit',
        'Mengoleskan pasta gigi',
        'Mengalirkan air bersih bersuhu biasa pada luka selama sekitar 20 menit',
      ]),
      q('Perbandingan kompresi dada dan napas buatan pada RJP dewasa oleh satu penolong adalah…', 'C', [
        '15 : 1',
        '10 : 5',
        '30 : 2',
        '5 : 1',
      ]),
      q('Seorang pekerja tersengat listrik dan masih menempel pada kabel. Apa yang pertama kali dilakukan?', 'A', [
        'Memutus sumber listrik, atau menjauhkan kabel dengan benda kering yang tidak menghantarkan listrik',
        'Menyiram korban dengan air',
        'Menarik tangan korban',
        'Memberi korban minum',
      ]),    ],
  },
  {
    name: 'B',
    questions: [
      q('Rambu bergambar telinga dengan latar lingkaran biru di area mesin press berarti…', 'A', [
        'Wajib memakai pelindung telinga',
        'Dilarang masuk',
        'Area merokok',
        'Awas bising, tetapi APD tidak diperlukan',
      ]),
      q('Nilai Ambang Batas (NAB) kebisingan untuk paparan 8 jam per hari menurut peraturan di Indonesia adalah…', 'B', [
        '60 dBA',
        '85 dBA',
        '100 dBA',
        '120 dBA',
      ]),
      q('Kapan helm keselamatan harus diganti?', 'C', [
        'Tidak pernah perlu diganti',
        'Hanya jika warnanya pudar',
        'Setelah menerima benturan keras, atau bila retak atau rusak',
        'Setiap 10 tahun tanpa perlu diperiksa',
      ]),
      q('Tujuan utama prosedur LOTO adalah…', 'C', [
        'Mengunci gudang pada malam hari',
        'Mempercepat perbaikan mesin',
        'Mencegah mesin menyala atau energi terlepas tanpa terduga selama perawatan',
        'Mencatat jam kerja mesin',
      ]),
      q('Energi tersimpan yang harus dilepas atau ditahan setelah isolasi, contohnya…', 'C', [
        'Berat pelumas di gudang',
        'Suhu ruang kantor',
        'Tekanan hidrolik, pegas yang tertekan, dan muatan kapasitor',
        'Warna cat mesin',
      ]),
      q('Tiga teknisi bekerja pada mesin yang sama. Bagaimana penguncian yang benar?', 'A', [
        'Setiap teknisi memasang gembok pribadinya, misalnya pada hasp (penjepit multi-gembok)',
        'Tidak perlu gembok, cukup label',
        'Gembok dipasang oleh operator produksi',
        'Cukup satu gembok milik supervisor',
      ]),
      q('Manakah yang termasuk ruang terbatas (confined space)?', 'D', [
        'Lapangan parkir',
        'Ruang rapat ber-AC',
        'Kantin pabrik',
        'Tangki penyimpanan, silo, atau saluran pembuangan',
      ]),
      q('Mengapa ruang terbatas memerlukan ventilasi terus-menerus selama pekerjaan?', 'A', [
        'Untuk menjaga kadar oksigen dan mengencerkan gas berbahaya yang dapat muncul saat bekerja',
        'Karena hanya diwajibkan pada malam hari',
        'Untuk mengeringkan cat dinding',
        'Agar ruangan terasa sejuk saja',
      ]),
      q('Hidrogen sulfida (H2S) yang sering ada di saluran limbah sangat berbahaya karena…', 'B', [
        'Hanya berbahaya bila terkena kulit',
        'Pada kadar tinggi gas ini melumpuhkan indra penciuman sehingga baunya tidak lagi tercium',
        'Warnanya merah menyala',
        'Tidak beracun sama sekali',
      ]),
      q('Sebelum pekerjaan panas dimulai, bahan mudah terbakar di sekitar lokasi sebaiknya…', 'C', [
        'Dibiarkan karena pengelasan hanya sebentar',
        'Dikumpulkan di dekat mesin las',
        'Disingkirkan dari radius sekitar 11 meter atau ditutup selimut tahan api',
        'Dibasahi bensin',
      ]),
      q('Penyimpanan tabung oksigen dan asetilena yang benar adalah…', 'C', [
        'Bersebelahan tanpa pemisah',
        'Rebah di lantai',
        'Tegak, diikat, dan terpisah satu sama lain dengan jarak aman atau dinding tahan api',
        'Di ruang tertutup bersama drum oli',
      ]),
      q('Di area yang mungkin mengandung uap mudah terbakar, apa yang wajib dilakukan sebelum mengelas?', 'C', [
        'Menyalakan korek api untuk menguji',
        'Menutup semua ventilasi',
        'Mengukur kadar gas mudah terbakar (LEL) dengan gas detector',
        'Tidak ada yang perlu dilakukan',
      ]),
      q('Kebakaran yang melibatkan kayu, kertas, dan kain termasuk…', 'A', [
        'Kelas A',
        'Kelas B',
        'Kelas C',
        'Kelas D',
      ]),
      q('Media pemadam yang TIDAK boleh digunakan pada kebakaran panel listrik bertegangan adalah…', 'D', [
        'CO2',
        'Clean agent',
        'Serbuk kimia kering (dry chemical powder)',
        'Air',
      ]),
      q('Pemasangan APAR yang benar adalah…', 'B', [
        'Dikunci di dalam lemari',
        'Mudah dilihat dan dijangkau, diberi tanda, dengan puncak APAR sekitar 1,2 m dari lantai',
        'Diletakkan di lantai tanpa tanda',
        'Tersembunyi di balik rak agar tidak hilang',
      ]),
      q('Untuk tangga sandar, perbandingan yang dianjurkan antara tinggi sandaran dan jarak kaki tangga ke dinding adalah…', 'C', [
        '1 : 1',
        '2 : 1',
        '4 : 1',
        '10 : 1',
      ]),
      q('Sebelum memakai full body harness, pekerja harus…', 'B', [
        'Menyambung talinya dengan tambang agar lebih panjang',
        'Memeriksa tali, jahitan, gesper, dan D-ring dari kerusakan',
        'Mencucinya dengan bensin',
        'Langsung memakainya tanpa pemeriksaan',
      ]),
      q('Pekerjaan di atas perancah (scaffolding) hanya boleh dimulai jika…', 'B', [
        'Cuaca sedang cerah',
        'Perancah sudah diperiksa orang yang kompeten dan diberi tanda layak pakai',
        'Pekerja sudah terbiasa memanjat',
        'Perancah terlihat kokoh dari kejauhan',
      ]),
      q('Piktogram GHS bergambar tengkorak dan tulang bersilang menandakan bahan yang…', 'D', [
        'Mudah meledak',
        'Berbahaya bagi lingkungan perairan',
        'Korosif',
        'Beracun akut (toksisitas akut)',
      ]),
      q('Bagian SDS yang menjelaskan APD yang diperlukan saat menangani bahan kimia adalah…', 'D', [
        'Bagian 12: informasi ekologi',
        'Bagian 13: pertimbangan pembuangan',
        'Bagian 14: informasi transportasi',
        'Bagian 8: pengendalian paparan dan perlindungan diri',
      ]),
      q('Bahan kimia yang dipindahkan ke wadah yang lebih kecil (wadah sekunder) harus…', 'A', [
        'Diberi label nama bahan dan bahayanya',
        'Dibiarkan tanpa label karena hanya sementara',
        'Dicampur dengan bahan lain agar hemat tempat',
        'Disimpan di botol air minum bekas',
      ]),
      q('Mengapa near miss perlu dilaporkan?', 'B', [
        'Agar pekerja yang terlibat dihukum',
        'Karena near miss adalah peringatan dini; menindaklanjutinya mencegah kecelakaan yang lebih serius',
        'Hanya untuk memenuhi kuota laporan',
        'Near miss tidak perlu dilaporkan',
      ]),
      q('Tujuan utama investigasi kecelakaan adalah…', 'B', [
        'Menghitung kerugian saja',
        'Menemukan akar penyebab dan mencegah kejadian berulang',
        'Mencari orang untuk disalahkan',
        'Menghentikan produksi untuk selamanya',
      ]),
      q('Manakah contoh tindakan tidak aman (unsafe act)?', 'C', [
        'Kabel listrik yang terkelupas',
        'Lantai licin karena atap bocor',
        'Melepas pelindung mesin agar pekerjaan lebih cepat selesai',
        'Penerangan ruangan yang redup',
      ]),
      q('Langkah "Rapi" dalam 5R berarti…', 'A', [
        'Menata barang di tempatnya sehingga mudah ditemukan dan dikembalikan',
        'Membuang semua barang lama',
        'Mengecat lantai produksi',
        'Melakukan audit keuangan',
      ]),
      q('Anda menemukan tumpahan oli di jalur pejalan kaki. Apa yang dilakukan?', 'B', [
        'Membiarkannya sampai shift berikutnya',
        'Mengamankan dan menandai area, lalu membersihkannya dengan bahan penyerap (absorbent)',
        'Menyiramnya dengan air saja',
        'Menutupinya dengan kardus tanpa tanda',
      ]),
      q('Manfaat utama housekeeping yang baik bagi keselamatan adalah…', 'D', [
        'Menambah jumlah barang di area kerja',
        'Menghapus kewajiban memakai APD',
        'Membuat pekerja lebih lama mencari alat',
        'Mengurangi risiko terpeleset, tersandung, dan kebakaran',
      ]),
      q('Untuk menghentikan perdarahan luar pada lengan, tindakan pertama yang dianjurkan adalah…', 'A', [
        'Menekan langsung luka dengan kasa atau kain bersih',
        'Menyiram luka dengan alkohol terus-menerus',
        'Membiarkan darah mengalir agar kotoran keluar',
        'Memberikan minuman manis',
      ]),
      q('Korban tidak sadar tetapi bernapas normal, tanpa dugaan cedera tulang belakang, sebaiknya diposisikan…', 'A', [
        'Posisi pemulihan (miring stabil)',
        'Duduk tegak',
        'Tengkurap dengan kepala menunduk',
        'Telentang dengan kepala diganjal bantal tinggi',
      ]),
      q('Fasilitas P3K yang wajib tersedia di tempat kerja meliputi…', 'D', [
        'Ambulans pribadi untuk setiap pekerja',
        'Hanya obat sakit kepala',
        'Dokter spesialis di setiap lini produksi',
        'Petugas P3K terlatih dan kotak P3K dengan isi sesuai ketentuan',
      ]),    ],
  },
];
