<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin Pertama</source>
        <translation>First Administrator</translation>
    </message>
    <message>
        <source>Admin mengatur kantor dan menambahkan pengguna lain.</source>
        <translation>The administrator sets up the office and adds the other users.</translation>
    </message>
    <message>
        <source>Akun admin tetap diperlukan. Langkah lainnya dapat diisi nanti di Pengaturan.</source>
        <translation>An administrator account is still needed. The other steps can be filled in later under Settings.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Kata sandi paling sedikit {n} karakter, tidak memuat nama pengguna, tidak hanya berupa angka, dan bukan kata sandi yang umum.</source>
        <translation>The password needs at least {n} characters, must not contain the user name, must not be digits only and must not be a common password.</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter a user name.</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>Nama Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Harga Satuan</source>
        <translation>Unit Price</translation>
    </message>
    <message>
        <source>Jumlah Harga</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>T&amp;ambah Barang</source>
        <translation>&amp;Add Item</translation>
    </message>
    <message>
        <source>Alat</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Bahan</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>&amp;Hapus Barang</source>
        <translation>&amp;Remove Item</translation>
    </message>
    <message>
        <source>Jumlah seluruhnya: {total}</source>
        <translation>Grand total: {total}</translation>
    </message>
    <message>
        <source> (pagu bantuan {ceiling})</source>
        <translation> (grant ceiling {ceiling})</translation>
    </message>
    <message>
        <source>Terbilang: {words}</source>
        <translation>In words: {words}</translation>
    </message>
    <message>
        <source>Alat: Rp0 · Bahan: Rp0</source>
        <translation>Tools: Rp0 · Materials: Rp0</translation>
    </message>
    <message>
        <source>Alat: {tools} ({tp}%) · Bahan: {materials} ({mp}%)</source>
        <translation>Tools: {tools} ({tp}%) · Materials: {materials} ({mp}%)</translation>
    </message>
    <message>
        <source> — skema: alat {tp}%, bahan {mp}%</source>
        <translation> — scheme: tools {tp}%, materials {mp}%</translation>
    </message>
    <message>
        <source> (sesuai)</source>
        <translation> (as required)</translation>
    </message>
    <message>
        <source> (menyimpang dari skema)</source>
        <translation> (off the scheme)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>TKM Desktop — Kesalahan</source>
        <translation>TKM Desktop — Error</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman; perubahan yang sedang dikerjakan mungkin belum tersimpan.</source>
        <translation>An unexpected error occurred. Data already saved is safe; changes in progress may not have been saved.</translation>
    </message>
    <message>
        <source>{summary}

Rincian kesalahan dicatat dalam berkas log:
{log_path}

Bila kesalahan ini berulang, kirimkan berkas log tersebut kepada petugas TI.</source>
        <translation>{summary}

The details of the error were written to the log file:
{log_path}

If this error happens again, send that log file to your IT staff.</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan Bekerja</source>
        <translation>&amp;Continue Working</translation>
    </message>
    <message>
        <source>&amp;Keluar dari Aplikasi</source>
        <translation>&amp;Quit the Application</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>mis. KEP.5/LATTAS/2026</source>
        <translation>e.g. KEP.5/LATTAS/2026</translation>
    </message>
    <message>
        <source>mis. Rp20.000.000</source>
        <translation>e.g. Rp20.000.000</translation>
    </message>
    <message>
        <source>Nomor SK:</source>
        <translation>SK number:</translation>
    </message>
    <message>
        <source>Tanggal SK:</source>
        <translation>SK date:</translation>
    </message>
    <message>
        <source>Bantuan yang ditetapkan (boleh kosong):</source>
        <translation>Grant decreed (may stay empty):</translation>
    </message>
    <message>
        <source>Tanggal dana cair:</source>
        <translation>Disbursement date:</translation>
    </message>
    <message>
        <source>Jumlah dana cair:</source>
        <translation>Amount disbursed:</translation>
    </message>
    <message>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Catat Surat Keputusan (SK) Kemnaker untuk kelompok ini.</source>
        <translation>Record the ministry&apos;s decree (SK) for this group.</translation>
    </message>
    <message>
        <source>Catat pencairan dana bantuan untuk kelompok ini.</source>
        <translation>Record the disbursement of the grant for this group.</translation>
    </message>
    <message>
        <source>Isi nomor SK.</source>
        <translation>Fill in the SK number.</translation>
    </message>
    <message>
        <source>Isi jumlah dana cair.</source>
        <translation>Fill in the amount disbursed.</translation>
    </message>
    <message>
        <source>Jumlah &apos;{text}&apos; tidak dapat dibaca; tulis mis. Rp20.000.000.</source>
        <translation>Cannot read the amount &apos;{text}&apos;; write e.g. Rp20.000.000.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Lampirkan Berkas…</source>
        <translation>&amp;Attach File…</translation>
    </message>
    <message>
        <source>&amp;Buka Berkas</source>
        <translation>&amp;Open File</translation>
    </message>
    <message>
        <source>Centang dokumen yang sudah diterima. Pindaian PDF/JPG/PNG disimpan di basis data dan dibuka dengan penampil bawaan komputer.</source>
        <translation>Tick the documents received. PDF/JPG/PNG scans are stored in the database and opened with the computer&apos;s default viewer.</translation>
    </message>
    <message>
        <source>{doc} (di luar daftar skema)</source>
        <translation>{doc} (not in the scheme&apos;s list)</translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Ada perubahan pada kelompok ini yang belum disimpan. Simpan sekarang?</source>
        <translation>This group has changes that are not saved. Save them now?</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kelompok telah diubah</source>
        <translation>Group changed meanwhile</translation>
    </message>
    <message>
        <source>Muat ulang membuang perubahan Anda yang belum disimpan dan menampilkan data terbaru.</source>
        <translation>Reloading discards your unsaved changes and shows the latest data.</translation>
    </message>
    <message>
        <source>Muat Ulang</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Buat Ekspor ke Kemnaker</source>
        <translation>New Export to the Ministry</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Status kelompok:</source>
        <translation>Group status:</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Alasan tidak diekspor</source>
        <translation>Reason left out</translation>
    </message>
    <message>
        <source>Akan diekspor</source>
        <translation>To be exported</translation>
    </message>
    <message>
        <source>Tidak diekspor</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Pindahkan kelompok ke status Diajukan ke Kemnaker setelah ekspor</source>
        <translation>Move the groups to Submitted to the Ministry after the export</translation>
    </message>
    <message>
        <source>Simpan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Akan diekspor (%n kelompok)</source>
        <translation>
            <numerusform>To be exported (%n group)</numerusform>
            <numerusform>To be exported (%n groups)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidak diekspor (%n kelompok)</source>
        <translation>
            <numerusform>Left out (%n group)</numerusform>
            <numerusform>Left out (%n groups)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kelompok, %2 anggota akan diekspor; %3 kelompok tidak diekspor.</source>
        <translation>%1 groups, %2 members will be exported; %3 groups are left out.</translation>
    </message>
    <message>
        <source>Simpan Berkas Ekspor</source>
        <translation>Save Export File</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Menulis berkas ekspor…</source>
        <translation>Writing the export file…</translation>
    </message>
    <message>
        <source>Berkas tersimpan: %1</source>
        <translation>File saved: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1…</source>
        <translation>SHA-256: %1…</translation>
    </message>
    <message>
        <source>%1 kelompok, %2 anggota diekspor.</source>
        <translation>%1 groups, %2 members exported.</translation>
    </message>
    <message numerus="yes">
        <source>%n kelompok dipindahkan ke status Diajukan ke Kemnaker.</source>
        <translation>
            <numerusform>%n group moved to Submitted to the Ministry.</numerusform>
            <numerusform>%n groups moved to Submitted to the Ministry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; tidak ada berkas yang disimpan.</source>
        <translation>Export cancelled; no file was saved.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>Buat Ekspor…</source>
        <translation>New Export…</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>(%n ekspor)</source>
        <translation>
            <numerusform>(%n export)</numerusform>
            <numerusform>(%n exports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ekspor ke Kemnaker</source>
        <translation>Export to the Ministry</translation>
    </message>
    <message>
        <source>Riwayat berkas usulan yang diekspor dalam format Kemnaker, dengan sidik SHA-256 untuk memeriksa keasliannya.</source>
        <translation>History of proposal files exported in the ministry&apos;s format, with their SHA-256 fingerprints to check that a file is genuine.</translation>
    </message>
    <message>
        <source>Belum ada ekspor.

Kelompok berstatus Direkomendasikan diekspor ke berkas Excel format Kemnaker; setiap ekspor tercatat di sini.</source>
        <translation>No exports yet.

Recommended groups are exported to an Excel file in the ministry&apos;s format; every export is recorded here.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Pengaturan awal dilewati.</source>
        <translation>The initial setup was skipped.</translation>
    </message>
    <message>
        <source>Pengaturan awal kantor tersimpan.</source>
        <translation>The office&apos;s initial setup is saved.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Admin pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Wilayah kantor</source>
        <translation>Office region</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Kepala dinas (penanda tangan)</source>
        <translation>Head of office (signatory)</translation>
    </message>
    <message>
        <source>Penomoran surat</source>
        <translation>Letter numbering</translation>
    </message>
    <message>
        <source>Skema bawaan</source>
        <translation>Default scheme</translation>
    </message>
    <message>
        <source>Pengaturan Awal — TKM Desktop</source>
        <translation>Initial Setup — TKM Desktop</translation>
    </message>
    <message>
        <source>&amp;Lewati</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Isi pengaturan kantor nanti di Pengaturan; wizard tidak dibuka lagi.</source>
        <translation>Fill in the office settings later under Settings; the wizard will not open again.</translation>
    </message>
    <message>
        <source>mis. {number}</source>
        <translation>e.g. {number}</translation>
    </message>
    <message>
        <source>Belum diisi: {steps}.</source>
        <translation>Not filled in yet: {steps}.</translation>
    </message>
    <message>
        <source>Setiap langkah dapat diubah kapan saja di menu Pengaturan: Kantor &amp; Kop Surat, Penanda Tangan, Penomoran Surat dan Skema.</source>
        <translation>Every step can be changed at any time under Settings: Office &amp; Letterhead, Signatories, Letter Numbering and Schemes.</translation>
    </message>
    <message>
        <source>Pengaturan Awal</source>
        <translation>Initial Setup</translation>
    </message>
    <message>
        <source>Pengaturan awal kantor belum selesai.</source>
        <translation>The office&apos;s initial setup is not finished.</translation>
    </message>
    <message>
        <source>Belum diisi: {steps}. Lanjutkan sekarang?</source>
        <translation>Not filled in yet: {steps}. Continue now?</translation>
    </message>
    <message>
        <source>Lanjutkan Pengaturan</source>
        <translation>Continue Setup</translation>
    </message>
    <message>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Pengaturan awal kantor belum selesai (belum diisi: {steps}). Surat belum dapat diterbitkan sampai admin menyelesaikannya di Pengaturan.</source>
        <translation>The office&apos;s initial setup is not finished (not filled in yet: {steps}). Letters cannot be issued until an administrator completes it under Settings.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Kelompok {id}: {name}</source>
        <translation>Group {id}: {name}</translation>
    </message>
    <message>
        <source>Pemeriksaan ({n})</source>
        <translation>Vetting ({n})</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Pergantian anggota</source>
        <translation>Member replacement</translation>
    </message>
    <message>
        <source>SK kelompok ini sudah terbit. Tuliskan alasan pergantian anggota:</source>
        <translation>This group&apos;s decree (SK) has been issued. Give the reason for replacing the member:</translation>
    </message>
    <message>
        <source>Perubahan tidak disimpan</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>Simpan dahulu</source>
        <translation>Save first</translation>
    </message>
    <message>
        <source>Simpan atau buang perubahan yang belum disimpan terlebih dahulu.</source>
        <translation>Save or discard the unsaved changes first.</translation>
    </message>
    <message>
        <source>Membuka kunci mencabut surat rekomendasi yang sudah terbit untuk kelompok ini; surat harus diterbitkan ulang.</source>
        <translation>Unlocking revokes the recommendation letters already issued for this group; they must be issued again.</translation>
    </message>
    <message>
        <source>Surat Nomor {number} juga untuk kelompok {names}; surat itu dicabut untuk mereka juga.</source>
        <translation>Letter No. {number} also covers {names}; it is revoked for them as well.</translation>
    </message>
    <message>
        <source>Buka kunci daftar anggota</source>
        <translation>Unlock the roster</translation>
    </message>
    <message>
        <source>Alasan membuka kunci:</source>
        <translation>Reason for unlocking:</translation>
    </message>
    <message>
        <source>Kunci tidak dibuka</source>
        <translation>Roster not unlocked</translation>
    </message>
    <message>
        <source>Terima peringatan</source>
        <translation>Accept warning</translation>
    </message>
    <message>
        <source>Catatan: mengapa peringatan ini dapat diterima?</source>
        <translation>Note: why can this warning be accepted?</translation>
    </message>
    <message>
        <source>Peringatan tidak diterima</source>
        <translation>Warning not accepted</translation>
    </message>
    <message>
        <source>Alasan (dicatat dalam riwayat dan dikirim kepada desa/kelurahan):</source>
        <translation>Reason (recorded in the history and sent to the village):</translation>
    </message>
    <message>
        <source>Status tidak diubah</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <source>Lampirkan pindaian</source>
        <translation>Attach a scan</translation>
    </message>
    <message>
        <source>Berkas tidak dilampirkan</source>
        <translation>File not attached</translation>
    </message>
    <message>
        <source>Berkas tidak dibuka</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>RAB</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <comment>tab</comment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Vetting</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Muat Ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Simpan perubahan dan periksa ulang kelompok (Ctrl+S)</source>
        <translation>Save the changes and vet the group again (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Nama Kelompok</source>
        <translation>Group Name</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Temuan berat yang harus diperbaiki sebelum verifikasi</source>
        <translation>Serious findings to correct before verification</translation>
    </message>
    <message>
        <source>Temuan yang boleh diterima dengan catatan</source>
        <translation>Findings that may be accepted with a note</translation>
    </message>
    <message>
        <source>Belum diperiksa: pilih Kelompok → Periksa Ulang Semua Kelompok.</source>
        <translation>Not checked yet: choose Groups → Check All Groups Again.</translation>
    </message>
    <message>
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Kolom yang ditampilkan</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua kelompok</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Belum diperiksa</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Ada kesalahan</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <source>Peringatan belum diterima</source>
        <translation>Warnings not yet accepted</translation>
    </message>
    <message>
        <source>Menunggu surat rekomendasi</source>
        <translation>Waiting for a recommendation letter</translation>
    </message>
    <message>
        <source>Semua skema</source>
        <translation>All schemes</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>({total} kelompok)</source>
        <translation>({total} groups)</translation>
    </message>
    <message>
        <source>({shown} dari {total} kelompok)</source>
        <translation>({shown} of {total} groups)</translation>
    </message>
    <message>
        <source>Belum ada kelompok usulan.

Kelompok akan tampil di sini setelah usulan dari desa/kelurahan diimpor (Berkas → Impor Usulan, Ctrl+I).</source>
        <translation>No proposed groups yet.

Groups appear here once the villages&apos; proposals are imported (File → Import Proposals, Ctrl+I).</translation>
    </message>
    <message>
        <source>Tidak ada kelompok yang cocok dengan pencarian dan saringan ini.

Ubah kata pencarian, atau tekan Hapus Saringan.</source>
        <translation>No group matches this search and these filters.

Change the search, or press Clear Filters.</translation>
    </message>
    <message>
        <source>Surat &amp;Rekomendasi…</source>
        <translation>&amp;Recommendation Letter…</translation>
    </message>
    <message>
        <source>&amp;Lembar Hasil Verifikasi</source>
        <translation>&amp;Verification Sheet</translation>
    </message>
    <message>
        <source>&amp;Berita Acara Hasil Verifikasi…</source>
        <translation>Verification &amp;Minutes (Berita Acara)…</translation>
    </message>
    <message>
        <source>Surat &amp;Pengembalian…</source>
        <translation>Re&amp;turn Letter…</translation>
    </message>
    <message>
        <source>Rekap &amp;Usulan (PDF)</source>
        <translation>Proposal Re&amp;cap (PDF)</translation>
    </message>
    <message>
        <source>Rekap Usulan (&amp;Excel)…</source>
        <translation>Proposal Recap (&amp;Excel)…</translation>
    </message>
    <message>
        <source>Terbitkan surat rekomendasi kelompok yang dipilih</source>
        <translation>Issue the recommendation letter of the selected groups</translation>
    </message>
    <message>
        <source>Lembar Hasil Verifikasi tiap kelompok yang dipilih</source>
        <translation>A verification sheet for each selected group</translation>
    </message>
    <message>
        <source>Berita acara hasil verifikasi yang belum dimuat dalam berita acara</source>
        <translation>Minutes of the verification results no berita acara reports yet</translation>
    </message>
    <message>
        <source>Surat kepada kepala desa/lurah dengan daftar perbaikan</source>
        <translation>A letter to the village head listing what to fix</translation>
    </message>
    <message>
        <source>Rekap kelompok yang tampil di daftar ini</source>
        <translation>A recap of the groups this list shows</translation>
    </message>
    <message>
        <source>Rekap kelompok yang tampil di daftar ini, ke Excel</source>
        <translation>A recap of the groups this list shows, as an Excel workbook</translation>
    </message>
    <message>
        <source>Masuk sebagai pengguna untuk mencetak.</source>
        <translation>Sign in as a user to print.</translation>
    </message>
    <message>
        <source>Peran Anda tidak berwenang menerbitkan surat rekomendasi.</source>
        <translation>Your role may not issue recommendation letters.</translation>
    </message>
    <message>
        <source>Peran Anda tidak berwenang mencetak dokumen.</source>
        <translation>Your role may not print documents.</translation>
    </message>
    <message>
        <source>{kind} hanya untuk kelompok berstatus {status}.</source>
        <translation>{kind} only for groups with the status {status}.</translation>
    </message>
    <message>
        <source>Pilih kelompok dalam daftar (Ctrl atau Shift + klik untuk beberapa).</source>
        <translation>Select groups in the list (Ctrl or Shift + click for several).</translation>
    </message>
    <message>
        <source>Pilih tepat satu kelompok.</source>
        <translation>Select exactly one group.</translation>
    </message>
    <message>
        <source>Tidak ada kelompok dalam daftar untuk direkap.</source>
        <translation>The list shows no groups to recap.</translation>
    </message>
    <message>
        <source>Surat rekomendasi</source>
        <translation>Recommendation letters</translation>
    </message>
    <message>
        <source>Surat pengembalian</source>
        <translation>Return letters</translation>
    </message>
    <message>
        <source>Daftar Kelompok</source>
        <translation>Group List</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Nama kelompok, kelurahan, ketua, atau NIK</source>
        <translation>Group name, village, leader or NIK</translation>
    </message>
    <message>
        <source>S&amp;kema:</source>
        <translation>S&amp;cheme:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Kec&amp;amatan:</source>
        <translation>Dis&amp;trict:</translation>
    </message>
    <message>
        <source>&amp;Perhatian:</source>
        <translation>&amp;Attention:</translation>
    </message>
    <message>
        <source>&amp;Hapus Saringan</source>
        <translation>C&amp;lear Filters</translation>
    </message>
    <message>
        <source>Kosongkan pencarian dan semua saringan</source>
        <translation>Empty the search and every filter</translation>
    </message>
    <message>
        <source>C&amp;etak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Cetak dokumen kelompok yang dipilih, atau rekap daftar ini (Ctrl+P)</source>
        <translation>Print the selected groups&apos; documents, or a recap of this list (Ctrl+P)</translation>
    </message>
    <message>
        <source>Tekan Enter atau klik dua kali untuk membuka kelompok. Klik kanan kelompok untuk mencetak (Ctrl+P). Klik judul kolom untuk mengurutkan; klik kanan judul untuk memilih kolom.</source>
        <translation>Press Enter or double-click to open a group. Right-click a group to print (Ctrl+P). Click a column title to sort; right-click a title to choose columns.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Selamat datang, {name} ({role}).</source>
        <translation>Welcome, {name} ({role}).</translation>
    </message>
    <message>
        <source>Semua skema</source>
        <translation>All schemes</translation>
    </message>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Menghitung kelompok…</source>
        <translation>Counting groups…</translation>
    </message>
    <message>
        <source>Jumlah kelompok per status (semua: {total})</source>
        <translation>Groups per status (all: {total})</translation>
    </message>
    <message>
        <source>▸ {n} kelompok belum diperiksa</source>
        <translation>▸ {n} groups not checked yet</translation>
    </message>
    <message>
        <source>✓ Semua kelompok sudah diperiksa</source>
        <translation>✓ Every group has been checked</translation>
    </message>
    <message>
        <source>▸ {n} kelompok masih memiliki kesalahan yang harus diperbaiki</source>
        <translation>▸ {n} groups still have errors to correct</translation>
    </message>
    <message>
        <source>✓ Tidak ada kelompok dengan kesalahan</source>
        <translation>✓ No group has errors</translation>
    </message>
    <message>
        <source>▸ {n} kelompok memiliki peringatan yang belum diterima dengan catatan</source>
        <translation>▸ {n} groups have warnings not yet accepted with a note</translation>
    </message>
    <message>
        <source>✓ Semua peringatan sudah diterima dengan catatan</source>
        <translation>✓ Every warning has been accepted with a note</translation>
    </message>
    <message>
        <source>▸ {n} kelompok direkomendasikan dan menunggu surat rekomendasi</source>
        <translation>▸ {n} recommended groups are waiting for a recommendation letter</translation>
    </message>
    <message>
        <source>✓ Tidak ada kelompok yang menunggu surat</source>
        <translation>✓ No group is waiting for a letter</translation>
    </message>
    <message>
        <source>– Kesalahan belum dapat dipastikan: belum semua kelompok diperiksa</source>
        <translation>– Errors not known yet: not every group has been checked</translation>
    </message>
    <message>
        <source>– Peringatan belum dapat dipastikan: belum semua kelompok diperiksa</source>
        <translation>– Warnings not known yet: not every group has been checked</translation>
    </message>
    <message>
        <source>Tidak ada skema dengan kuota kelompok.</source>
        <translation>No scheme has a group quota.</translation>
    </message>
    <message>
        <source>{code}: {holding} kelompok direkomendasikan dari kuota {quota}</source>
        <translation>{code}: {holding} groups recommended of a quota of {quota}</translation>
    </message>
    <message>
        <source>melebihi kuota</source>
        <translation>over the quota</translation>
    </message>
    <message>
        <source>{n} usulan lain masih dalam pemeriksaan</source>
        <translation>{n} more proposals are still being checked</translation>
    </message>
    <message>
        <source>S&amp;kema:</source>
        <translation>S&amp;cheme:</translation>
    </message>
    <message>
        <source>&amp;Muat Ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Hitung ulang dari basis data (F5)</source>
        <translation>Count again from the database (F5)</translation>
    </message>
    <message>
        <source>Jumlah kelompok per status</source>
        <translation>Groups per status</translation>
    </message>
    <message>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Kuota skema</source>
        <translation>Scheme quotas</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Nama kelompok:</source>
        <translation>Group name:</translation>
    </message>
    <message>
        <source>Jenis usaha:</source>
        <translation>Business type:</translation>
    </message>
    <message>
        <source>Sektor usaha:</source>
        <translation>Business sector:</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Jalan/dusun:</source>
        <translation>Street/hamlet:</translation>
    </message>
    <message>
        <source>RT/RW:</source>
        <translation>RT/RW:</translation>
    </message>
    <message>
        <source>Pemberi rekomendasi</source>
        <translation>Recommended by</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Nomor surat:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <source>Tanggal surat:</source>
        <translation>Letter date:</translation>
    </message>
    <message>
        <source>Rekening kelompok</source>
        <translation>Group bank account</translation>
    </message>
    <message>
        <source>Nama bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Nomor rekening:</source>
        <translation>Account number:</translation>
    </message>
    <message>
        <source>Atas nama:</source>
        <translation>Account holder:</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Berkas diuji tanpa menyimpan apa pun. Tekan Impor untuk menyimpannya.</source>
        <translation>The file is tested without saving anything. Press Import to save it.</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Simpan daftar masalah ke Excel…</source>
        <translation>Save the list of problems to Excel…</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Data yang dibaca</source>
        <translation>Data read</translation>
    </message>
    <message numerus="yes">
        <source>Masalah (%Ln)</source>
        <translation>
            <numerusform>Problems (%Ln)</numerusform>
            <numerusform>Problems (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <source>Data yang dibaca (%Ln anggota)</source>
        <translation>
            <numerusform>Data read (%Ln member)</numerusform>
            <numerusform>Data read (%Ln members)</numerusform>
        </translation>
    </message>
    <message>
        <source>Memeriksa isi berkas…</source>
        <translation>Checking the file&apos;s contents…</translation>
    </message>
    <message>
        <source>Berkas belum dapat diimpor</source>
        <translation>The file cannot be imported yet</translation>
    </message>
    <message>
        <source>{groups} dan {members} siap diimpor</source>
        <translation>{groups} and {members} ready to import</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kelompok</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln anggota</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln temuan ikut tersimpan dan diperiksa lagi saat verifikasi.</source>
        <translation>
            <numerusform>%Ln finding is saved with them and checked again during verification.</numerusform>
            <numerusform>%Ln findings are saved with them and checked again during verification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada masalah yang ditemukan.</source>
        <translation>No problems were found.</translation>
    </message>
    <message>
        <source>Simpan Daftar Masalah</source>
        <translation>Save List of Problems</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Menulis {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>Disimpan: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Pilih Berkas</source>
        <translation>Choose File</translation>
    </message>
    <message>
        <source>Berkas usulan dari desa/kelurahan: Excel (.xlsx, .xls), .ods atau .csv.</source>
        <translation>A proposal file from a village: Excel (.xlsx, .xls), .ods or .csv.</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Pilih Berkas…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <source>Ganti kelompok dikembalikan:</source>
        <translation>Replace a returned group:</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Skema:</source>
        <translation>Scheme:</translation>
    </message>
    <message>
        <source>Pilih kelompok yang dikembalikan untuk perbaikan bila berkas ini berisi daftar anggotanya yang sudah diperbaiki; daftar lama diganti.</source>
        <translation>Choose a group returned for corrections when this file holds its corrected member list; the old list is replaced.</translation>
    </message>
    <message>
        <source>Tidak — impor sebagai kelompok baru</source>
        <translation>No — import as new groups</translation>
    </message>
    <message>
        <source>Berkas usulan ({patterns});;Semua berkas (*)</source>
        <translation>Proposal files ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Impor Usulan</source>
        <translation>Import Proposal</translation>
    </message>
</context>
<context>
    <name>ImportLayoutPage</name>
    <message>
        <source>Tata Letak</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Periksa dari kolom mana setiap data dibaca. Bila ada yang salah, pilih kolom yang benar; isinya langsung dibaca ulang.</source>
        <translation>Check which column each item was read from. If one is wrong, choose the right column; the file is read again at once.</translation>
    </message>
    <message>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Membaca {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Berkas belum terbaca.</source>
        <translation>The file has not been read.</translation>
    </message>
    <message>
        <source>satu lembar per kelompok</source>
        <translation>one sheet per group</translation>
    </message>
    <message>
        <source>satu tabel panjang dengan kolom Nama Kelompok</source>
        <translation>one long table with a Group Name column</translation>
    </message>
    <message>
        <source>lembar kelompok + lembar anggota</source>
        <translation>a groups sheet + a members sheet</translation>
    </message>
    <message>
        <source>Tidak ada tabel anggota.</source>
        <translation>No member table.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Tata letak: {layout}. Terbaca {groups}, {members}.</source>
        <translation>Layout: {layout}. Read {groups}, {members}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kelompok</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln anggota</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>daftar kelompok, satu baris per kelompok</source>
        <translation>list of groups, one row per group</translation>
    </message>
    <message>
        <source>daftar anggota, ditautkan ke lembar kelompok</source>
        <translation>list of members, linked to the groups sheet</translation>
    </message>
    <message>
        <source>satu lembar per kelompok (nama dari keterangan di atas tabel)</source>
        <translation>one sheet per group (name from the details above the table)</translation>
    </message>
    <message>
        <source>{kind}; judul kolom di baris {row}.</source>
        <translation>{kind}; column headers in row {row}.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kolom di berkas</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Dibaca dari keterangan di atas tabel, bukan dari kolom.</source>
        <translation>Read from the lines above the table, not from a column.</translation>
    </message>
    <message>
        <source>Nomor urut</source>
        <translation>Row number</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Tempat, tanggal lahir</source>
        <translation>Place and date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Status pekerjaan</source>
        <translation>Work status</translation>
    </message>
    <message>
        <source>Jabatan dalam kelompok</source>
        <translation>Role in the group</translation>
    </message>
    <message>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Nomor kelompok</source>
        <translation>Group number</translation>
    </message>
    <message>
        <source>Jenis usaha</source>
        <translation>Type of business</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Alamat kelompok</source>
        <translation>Group address</translation>
    </message>
    <message>
        <source>RT/RW kelompok</source>
        <translation>Group RT/RW</translation>
    </message>
    <message>
        <source>Desa/Kelurahan kelompok</source>
        <translation>Group village</translation>
    </message>
    <message>
        <source>Kecamatan kelompok</source>
        <translation>Group district</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Nomor rekening</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Nama pemilik rekening</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>Pengusul</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Nomor surat pengusul</source>
        <translation>Proposer&apos;s letter number</translation>
    </message>
    <message>
        <source>Tanggal surat pengusul</source>
        <translation>Proposer&apos;s letter date</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tempat Lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal Lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Impor ditolak: tidak ada yang disimpan</source>
        <translation>Import refused: nothing was saved</translation>
    </message>
    <message>
        <source>{groups} dan {members} diimpor</source>
        <translation>{groups} and {members} imported</translation>
    </message>
    <message>
        <source>Perbaiki kesalahan di bawah, lalu impor lagi.</source>
        <translation>Correct the errors below, then import again.</translation>
    </message>
    <message>
        <source>Temuan di bawah ikut tersimpan pada kelompoknya dan tampil di daftar kelompok sebagai kesalahan atau peringatan.</source>
        <translation>The findings below were saved with their groups and show in the group list as errors or warnings.</translation>
    </message>
    <message>
        <source>Berkas terbaca tanpa masalah.</source>
        <translation>The file was read without problems.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Kelompok dan anggotanya disimpan dalam satu langkah.</source>
        <translation>The groups and their members are saved in one step.</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Tekan Batal pada jendela kemajuan untuk berhenti.</source>
        <translation>Press Cancel in the progress window to stop.</translation>
    </message>
    <message>
        <source>Impor Usulan</source>
        <translation>Import Proposal</translation>
    </message>
    <message>
        <source>Mengimpor {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Impor dibatalkan</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Tidak ada yang disimpan: data tetap seperti sebelum impor dimulai.</source>
        <translation>Nothing was saved: the data is as it was before the import started.</translation>
    </message>
    <message>
        <source>Impor tidak selesai: tidak ada yang disimpan</source>
        <translation>The import did not finish: nothing was saved</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Impor Usulan</source>
        <translation>Import Proposal</translation>
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LetterIssueDialog</name>
    <message>
        <source>Terbitkan Surat Rekomendasi</source>
        <translation>Issue Recommendation Letter</translation>
    </message>
    <message numerus="yes">
        <source>%n kelompok: {names}</source>
        <translation>
            <numerusform>%n group: {names}</numerusform>
            <numerusform>%n groups: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Tidak diikutkan (belum berstatus {status}): {names}</source>
        <translation>Left out (status is not {status} yet): {names}</translation>
    </message>
    <message>
        <source>Satu surat ke Kementerian untuk semua kelompok</source>
        <translation>One letter to the ministry for all groups</translation>
    </message>
    <message>
        <source>Belum ada pejabat penandatangan yang aktif (Pengaturan → Penandatangan).</source>
        <translation>There is no active signatory yet (Settings → Signatories).</translation>
    </message>
    <message>
        <source>Diatur di Pengaturan → Penandatangan.</source>
        <translation>Set in Settings → Signatories.</translation>
    </message>
    <message>
        <source>Lihat Konsep</source>
        <translation>View Draft</translation>
    </message>
    <message>
        <source>Terbitkan</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Ketik nomor dari buku agenda surat keluar.</source>
        <translation>Type the number from the outgoing-letter book.</translation>
    </message>
    <message numerus="yes">
        <source>Surat Rekomendasi tersendiri untuk setiap kelompok (%n surat)</source>
        <translation>
            <numerusform>A separate recommendation letter for each group (%n letter)</numerusform>
            <numerusform>A separate recommendation letter for each group (%n letters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Kelompok:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>Jenis surat:</source>
        <translation>Kind of letter:</translation>
    </message>
    <message>
        <source>Kertas:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Penanda tangan:</source>
        <translation>Signatory:</translation>
    </message>
    <message>
        <source>Contoh: {number}</source>
        <translation>e.g. {number}</translation>
    </message>
    <message>
        <source>Nomor surat:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <source>Diberikan otomatis dari register saat diterbitkan.</source>
        <translation>Given automatically from the register on issue.</translation>
    </message>
    <message numerus="yes">
        <source>%n kelompok</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Konsep — {name}</source>
        <translation>Draft — {name}</translation>
    </message>
    <message>
        <source>Menyusun konsep surat…</source>
        <translation>Preparing the draft letter…</translation>
    </message>
    <message numerus="yes">
        <source>Terbitkan %n surat? Nomor dan tanggal diberikan sekarang dan tidak dapat dipakai lagi.</source>
        <translation>
            <numerusform>Issue %n letter? Its number and date are given now and can never be used again.</numerusform>
            <numerusform>Issue %n letters? Their numbers and dates are given now and can never be used again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Terbitkan Surat</source>
        <translation>Issue Letters</translation>
    </message>
    <message>
        <source>Surat {n} dari {total}: {name}</source>
        <translation>Letter {n} of {total}: {name}</translation>
    </message>
    <message>
        <source>Menerbitkan surat…</source>
        <translation>Issuing letters…</translation>
    </message>
    <message>
        <source>Surat tidak dapat dibuat</source>
        <translation>The letter cannot be made</translation>
    </message>
    <message>
        <source>Surat tidak dapat diterbitkan</source>
        <translation>The letter cannot be issued</translation>
    </message>
    <message>
        <source>Surat Nomor {number}</source>
        <translation>Letter No. {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n surat diterbitkan.</source>
        <translation>
            <numerusform>%n letter issued.</numerusform>
            <numerusform>%n letters issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditolak:</source>
        <translation>Refused:</translation>
    </message>
    <message>
        <source>Dibatalkan; belum diterbitkan:</source>
        <translation>Cancelled; not issued:</translation>
    </message>
    <message>
        <source>Terhenti; belum diterbitkan:</source>
        <translation>Stopped; not issued:</translation>
    </message>
    <message>
        <source>Surat rekomendasi hanya untuk kelompok berstatus {status}; tidak ada di antara kelompok yang dipilih.</source>
        <translation>Recommendation letters are only for groups with status {status}; none of the selected groups has it.</translation>
    </message>
</context>
<context>
    <name>LetterheadPage</name>
    <message>
        <source>Kop Surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Periksa dan lengkapi kop surat; alamat wajib diisi.</source>
        <translation>Check and complete the letterhead; the address is required.</translation>
    </message>
</context>
<context>
    <name>LetterheadPreview</name>
    <message>
        <source>Pratinjau kop surat</source>
        <translation>Letterhead preview</translation>
    </message>
    <message>
        <source>Kop surat tidak dapat digambar.</source>
        <translation>The letterhead could not be drawn.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Penanda Tangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Diterbitkan oleh</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Pindaian</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Yes</translation>
    </message>
    <message numerus="yes">
        <source>(%n dari {total} surat)</source>
        <translation>
            <numerusform>(%n of {total} letters)</numerusform>
            <numerusform>(%n of {total} letters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n surat)</source>
        <translation>
            <numerusform>(%n letter)</numerusform>
            <numerusform>(%n letters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Surat Nomor {number}</source>
        <translation>Letter No. {number}</translation>
    </message>
    <message>
        <source>Lihat Surat</source>
        <translation>View Letter</translation>
    </message>
    <message>
        <source>Cetak Ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Cabut Surat</source>
        <translation>Revoke Letter</translation>
    </message>
    <message>
        <source>Alasan pencabutan surat Nomor {number} (wajib):</source>
        <translation>Reason for revoking letter No. {number} (required):</translation>
    </message>
    <message>
        <source>Cabut surat Nomor {number}? Nomor ini tidak akan dipakai lagi, dan verifikasi surat ini akan menjawab DICABUT.</source>
        <translation>Revoke letter No. {number}? The number will never be used again, and verifying this letter will answer REVOKED.</translation>
    </message>
    <message>
        <source>Lampirkan Pindaian</source>
        <translation>Attach Scan</translation>
    </message>
    <message>
        <source>Pindaian surat (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Letter scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: {error}</source>
        <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Verifikasi Surat</source>
        <translation>Verify a Letter</translation>
    </message>
    <message>
        <source>Periksa Berkas PDF</source>
        <translation>Check PDF File</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>SAH</source>
        <translation>VALID (sah)</translation>
    </message>
    <message>
        <source>DICABUT</source>
        <translation>REVOKED (dicabut)</translation>
    </message>
    <message>
        <source>DIUBAH</source>
        <translation>ALTERED (diubah)</translation>
    </message>
    <message>
        <source>TIDAK DIKENAL</source>
        <translation>UNKNOWN (tidak dikenal)</translation>
    </message>
    <message>
        <source>Alasan pencabutan</source>
        <translation>Reason revoked</translation>
    </message>
    <message>
        <source>Surat Keluar</source>
        <translation>Outgoing Letters</translation>
    </message>
    <message>
        <source>Agenda surat keluar: setiap surat rekomendasi yang diterbitkan atau dicabut, dengan nomor dari register kantor.</source>
        <translation>The outgoing-letter register: every recommendation letter issued or revoked, with its number from the office&apos;s register.</translation>
    </message>
    <message>
        <source>Cari nomor surat atau nama kelompok…</source>
        <translation>Search letter number or group name…</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Cetak Ulang…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <source>Cabut…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Lampirkan Pindaian…</source>
        <translation>Attach Scan…</translation>
    </message>
    <message>
        <source>Belum ada surat yang diterbitkan.

Surat rekomendasi diterbitkan untuk kelompok berstatus Direkomendasikan.</source>
        <translation>No letter has been issued yet.

Recommendation letters are issued for groups with the status Recommended.</translation>
    </message>
    <message>
        <source>Ketik kode verifikasi atau pindai kode QR, lalu tekan Enter</source>
        <translation>Type the verification code or scan the QR code, then press Enter</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Periksa Berkas PDF…</source>
        <translation>Check PDF File…</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan masuk yang gagal. Akun ini dikunci sampai pukul {time}.</source>
        <translation>Too many failed sign-in attempts. This account is locked until {time}.</translation>
    </message>
    <message>
        <source>Kata sandi perlu diganti</source>
        <translation>Password needs changing</translation>
    </message>
    <message>
        <source>Kata sandi Anda tidak lagi memenuhi aturan kata sandi. Gantilah melalui Akun Anda / Ganti Kata Sandi.</source>
        <translation>Your password no longer meets the password rules. Please change it via Your Account / Change Password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Sesi terkunci</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>TKM Desktop dikunci karena tidak dipakai. Masukkan kata sandi lagi; pekerjaan yang terbuka tetap ada. Batal menutup program tanpa menyimpan.</source>
        <translation>TKM Desktop was locked because it was not in use. Enter your password again; open work stays as it was. Cancel closes the program without saving.</translation>
    </message>
    <message>
        <source>Buka Kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter the username.</translation>
    </message>
    <message>
        <source>Isi kata sandi.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Masuk ke TKM Desktop</source>
        <translation>Sign in to TKM Desktop</translation>
    </message>
    <message>
        <source>Masukkan nama pengguna dan kata sandi Anda.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Basis data DEMO: masuk sebagai admin, verifikator, pejabat atau viewer, dengan kata sandi demo.</source>
        <translation>DEMO database: sign in as admin, verifikator, pejabat or viewer, with the password demo.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Periksa Ulang Semua Kelompok</source>
        <translation>Check All Groups Again</translation>
    </message>
    <message>
        <source>Memeriksa semua kelompok menurut aturan skemanya…</source>
        <translation>Checking every group against its scheme&apos;s rules…</translation>
    </message>
    <message>
        <source>{groups} diperiksa: {errors} dan {warnings}.</source>
        <translation>{groups} checked: {errors} and {warnings}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kelompok</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kesalahan</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peringatan</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pengguna: {user}</source>
        <translation>User: {user}</translation>
    </message>
    <message>
        <source>Basis data: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Versi {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Wilayah: {version}</source>
        <translation>Regions: {version}</translation>
    </message>
    <message>
        <source>Daftar wilayah Kemendagri yang dipakai untuk kode desa/kelurahan dan NIK</source>
        <translation>The Ministry of Home Affairs region list used for village codes and NIKs</translation>
    </message>
    <message>
        <source>Peran Anda tidak berwenang mengimpor usulan.</source>
        <translation>Your role may not import proposals.</translation>
    </message>
    <message>
        <source>Peran Anda tidak berwenang menambah kelompok.</source>
        <translation>Your role may not add groups.</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S) berlaku di jendela kelompok yang dibuka.</source>
        <translation>Save (Ctrl+S) works in an open group window.</translation>
    </message>
    <message>
        <source>Cetak (Ctrl+P): surat dan dokumen kelompok terpilih, atau surat terpilih di halaman Surat.</source>
        <translation>Print (Ctrl+P): letters and papers of the selected groups, or the selected letter on the Letters page.</translation>
    </message>
    <message>
        <source>Pengaturan &amp;Awal…</source>
        <translation>Initial &amp;Setup…</translation>
    </message>
    <message>
        <source>Buka lagi panduan pengaturan awal kantor (khusus admin).</source>
        <translation>Open the office&apos;s initial setup guide again (administrators only).</translation>
    </message>
    <message>
        <source>Data dimuat ulang.</source>
        <translation>Data reloaded.</translation>
    </message>
    <message>
        <source>Kelompok Baru</source>
        <translation>New Group</translation>
    </message>
    <message>
        <source>Nama kelompok (sesuai surat usulan):</source>
        <translation>Group name (as in the proposal letter):</translation>
    </message>
    <message>
        <source>Kelompok tidak dibuat</source>
        <translation>Group not created</translation>
    </message>
    <message>
        <source>Kata sandi sudah diganti.</source>
        <translation>The password was changed.</translation>
    </message>
    <message>
        <source>⚠ Folder data berisiko</source>
        <translation>⚠ Data folder at risk</translation>
    </message>
    <message>
        <source>Peringatan Folder Data</source>
        <translation>Data Folder Warning</translation>
    </message>
    <message>
        <source>Tentang TKM Desktop</source>
        <translation>About TKM Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TKM Desktop&lt;/b&gt; versi {version}&lt;/p&gt;&lt;p&gt;Verifikasi kelompok, daftar anggota, surat rekomendasi, dan ekspor usulan Bantuan Pemerintah Tenaga Kerja Mandiri (TKM) untuk Dinas Tenaga Kerja.&lt;/p&gt;&lt;p&gt;Bekerja sepenuhnya tanpa internet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TKM Desktop&lt;/b&gt; version {version}&lt;/p&gt;&lt;p&gt;Group vetting, member rosters, recommendation letters and proposal exports for the Tenaga Kerja Mandiri (TKM) government grant, for a Dinas Tenaga Kerja.&lt;/p&gt;&lt;p&gt;Works entirely without the Internet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Daftar Kelompok</source>
        <translation>Group List</translation>
    </message>
    <message>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Cari Anggota</source>
        <translation>Find a Member</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Kelompok</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Impor Usulan…</source>
        <translation>&amp;Import Proposals…</translation>
    </message>
    <message>
        <source>Impor usulan kelompok dari berkas Excel</source>
        <translation>Import group proposals from an Excel file</translation>
    </message>
    <message>
        <source>Kelompok &amp;Baru…</source>
        <translation>&amp;New Group…</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Muat Ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Muat ulang data dari basis data</source>
        <translation>Read the data again from the database</translation>
    </message>
    <message>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation>&amp;Change Password…</translation>
    </message>
    <message>
        <source>K&amp;unci Sekarang</source>
        <translation>&amp;Lock Now</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Cari Kelompok</source>
        <translation>&amp;Find a Group</translation>
    </message>
    <message>
        <source>Pindah ke kotak pencarian</source>
        <translation>Go to the search box</translation>
    </message>
    <message>
        <source>&amp;Periksa Ulang Semua Kelompok</source>
        <translation>Check &amp;All Groups Again</translation>
    </message>
    <message>
        <source>Jalankan pemeriksaan aturan skema untuk semua kelompok</source>
        <translation>Run the scheme&apos;s checks on every group</translation>
    </message>
    <message>
        <source>&amp;Tentang TKM Desktop</source>
        <translation>&amp;About TKM Desktop</translation>
    </message>
</context>
<context>
    <name>MaskedText</name>
    <message>
        <source>{age} tahun</source>
        <translation>{age} years</translation>
    </message>
</context>
<context>
    <name>NumberingForm</name>
    <message>
        <source>Nomor urut dari &amp;register program</source>
        <translation>Serial number from the program&apos;s &amp;register</translation>
    </message>
    <message>
        <source>Nomor diketik &amp;manual dari buku agenda</source>
        <translation>Number typed &amp;manually from the register book</translation>
    </message>
    <message>
        <source>Sumber nomor:</source>
        <translation>Number source:</translation>
    </message>
    <message>
        <source>&amp;Pola nomor:</source>
        <translation>&amp;Pattern:</translation>
    </message>
    <message>
        <source>Nomor yang akan diberikan register untuk surat berikutnya tahun ini.</source>
        <translation>The number the register will give the next letter this year.</translation>
    </message>
    <message>
        <source>Contoh nomor berikutnya:</source>
        <translation>Next number, for example:</translation>
    </message>
    <message>
        <source>Isian pola: {urut} nomor urut, {tahun} tahun, {bulan} bulan (angka), {bulan_romawi} bulan (angka Romawi).</source>
        <translation>Pattern parts: {urut} serial number, {tahun} year, {bulan} month (digits), {bulan_romawi} month (Roman numerals).</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <source>Penomoran Surat</source>
        <translation>Letter Numbering</translation>
    </message>
    <message>
        <source>Nomor surat rekomendasi: dari register program atau diketik dari buku agenda. Pola bawaan dapat langsung dipakai.</source>
        <translation>Recommendation letter numbers: from the program&apos;s register or typed from the agenda book. The default pattern can be used as it is.</translation>
    </message>
</context>
<context>
    <name>NumberingSection</name>
    <message>
        <source>Penomoran Surat</source>
        <translation>Letter Numbering</translation>
    </message>
    <message>
        <source>Nomor surat rekomendasi dibuat dari pola ini. Bila kantor memakai buku agenda, pilih nomor diketik manual: nomor diminta saat surat diterbitkan.</source>
        <translation>Recommendation letter numbers are made from this pattern. If the office keeps a register book, choose numbers typed by hand: the number is asked for when the letter is issued.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Penomoran surat tersimpan.</source>
        <translation>Letter numbering saved.</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>Pilih Lambang Daerah</source>
        <translation>Choose the Regional Emblem</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Pemerintah &amp;daerah:</source>
        <translation>Regional &amp;government:</translation>
    </message>
    <message>
        <source>Nama &amp;dinas:</source>
        <translation>&amp;Office name:</translation>
    </message>
    <message>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Telepon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>&amp;Pos-el:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Laman:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Tempat &amp;surat:</source>
        <translation>&amp;Place on letters:</translation>
    </message>
    <message>
        <source>Nama tempat sebelum tanggal surat, mis. Bekasi.</source>
        <translation>The place name before the letter&apos;s date, e.g. Bekasi.</translation>
    </message>
    <message>
        <source>Lambang:</source>
        <translation>Emblem:</translation>
    </message>
    <message>
        <source>&amp;Huruf surat:</source>
        <translation>Letter &amp;font:</translation>
    </message>
    <message>
        <source>Pilih &amp;Gambar…</source>
        <translation>Choose &amp;Image…</translation>
    </message>
    <message>
        <source>&amp;Hapus Lambang</source>
        <translation>&amp;Remove Emblem</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca: {error}</source>
        <translation>The file {name} could not be read: {error}</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dipakai sebagai lambang.</source>
        <translation>The file {name} cannot be used as the logo.</translation>
    </message>
</context>
<context>
    <name>OfficeSection</name>
    <message>
        <source>Kantor &amp; Kop Surat</source>
        <translation>Office &amp; Letterhead</translation>
    </message>
    <message>
        <source>Isi Kop dari &amp;Wilayah</source>
        <translation>Fill Letterhead from &amp;Region</translation>
    </message>
    <message>
        <source>Mengisi nama pemerintah daerah, nama dinas dan tempat surat dari wilayah.</source>
        <translation>Fills the regional government, office name and place on letters from the region.</translation>
    </message>
    <message>
        <source>Wilayah &amp;kerja:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>tidak pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Jendela terkunci bila tidak ada kegiatan selama ini, di setiap komputer.</source>
        <translation>The window locks after this long without activity, on every computer.</translation>
    </message>
    <message>
        <source>Kunci &amp;otomatis:</source>
        <translation>Auto-&amp;lock:</translation>
    </message>
    <message>
        <source>Pratinjau kop surat</source>
        <translation>Letterhead preview</translation>
    </message>
    <message>
        <source>Digambar oleh kode yang sama dengan surat; berubah saat Anda mengetik.</source>
        <translation>Drawn by the same code as the letters; it changes as you type.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batalkan Perubahan</source>
        <translation>&amp;Discard Changes</translation>
    </message>
    <message>
        <source>Pilih wilayah kerja (kabupaten/kota) dahulu.</source>
        <translation>Choose the region (regency/city) first.</translation>
    </message>
    <message>
        <source>Pengaturan kantor tersimpan.</source>
        <translation>Office settings saved.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Sedang diproses…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>PaperCombo</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
</context>
<context>
    <name>PaperOptionsDialog</name>
    <message>
        <source>&amp;Ukuran kertas:</source>
        <translation>&amp;Paper size:</translation>
    </message>
    <message>
        <source>&amp;Konsep (tanpa nomor, tidak disimpan)</source>
        <translation>&amp;Draft (no number, not stored)</translation>
    </message>
    <message>
        <source>&amp;Terbitkan (bernomor, masuk register)</source>
        <translation>&amp;Issue (numbered, entered in the register)</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kelompok yang dimuat</source>
        <translation>Groups reported</translation>
    </message>
    <message>
        <source>Kelompok yang dimuat dalam berita acara:</source>
        <translation>Groups the minutes report:</translation>
    </message>
    <message>
        <source>Cetak sebagai:</source>
        <translation>Print as:</translation>
    </message>
    <message>
        <source>Nomor dari buku agenda surat keluar</source>
        <translation>The number from the outgoing-letter book</translation>
    </message>
    <message>
        <source>&amp;Nomor surat:</source>
        <translation>Letter &amp;number:</translation>
    </message>
    <message>
        <source>Kantor memakai nomor dari buku agenda: ketik nomornya untuk terbit.</source>
        <translation>The office numbers from its letter book: type the number to issue.</translation>
    </message>
    <message>
        <source>Nomor diambil dari register surat keluar saat terbit.</source>
        <translation>The number comes from the outgoing-letter register when issued.</translation>
    </message>
    <message>
        <source>Tanggal dan tempat surat diambil dari pengaturan kantor.</source>
        <translation>The date and place come from the office settings.</translation>
    </message>
    <message numerus="yes">
        <source>%n dari {total} kelompok dipilih</source>
        <translation>
            <numerusform>%n of {total} groups picked</numerusform>
            <numerusform>%n of {total} groups picked</numerusform>
        </translation>
    </message>
    <message>
        <source>Terbitkan</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Lihat Konsep</source>
        <translation>View Draft</translation>
    </message>
</context>
<context>
    <name>PaperworkPrinter</name>
    <message>
        <source>Simpan Lampiran…</source>
        <translation>Save Attachment…</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>{title} terbit: Nomor {number}.</source>
        <translation>{title} issued: number {number}.</translation>
    </message>
    <message>
        <source>Lembar Hasil Verifikasi</source>
        <translation>Verification Sheet</translation>
    </message>
    <message numerus="yes">
        <source>Lembar Hasil Verifikasi untuk %n kelompok yang dipilih; tiap kelompok pada halamannya sendiri. Kelompok diperiksa ulang lebih dulu.</source>
        <translation>
            <numerusform>Verification sheet of the %n selected group, on its own pages. The group is vetted again first.</numerusform>
            <numerusform>Verification sheets of the %n selected groups, each on its own pages. The groups are vetted again first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Berita Acara Hasil Verifikasi</source>
        <translation>Verification Minutes (Berita Acara)</translation>
    </message>
    <message>
        <source>Tidak ada hasil verifikasi yang belum dimuat dalam berita acara.</source>
        <translation>Every verification result is already reported in a berita acara.</translation>
    </message>
    <message>
        <source>Berita acara memuat hasil verifikasi (MS, TMS, dikembalikan) yang belum dimuat dalam berita acara lain. Centang kelompok yang dimuat.</source>
        <translation>The minutes report the verification results (MS, TMS, returned) no other berita acara reports yet. Tick the groups to report.</translation>
    </message>
    <message>
        <source>{title} Nomor {number}</source>
        <translation>{title} No. {number}</translation>
    </message>
    <message>
        <source>KONSEP {title}</source>
        <translation>DRAFT {title}</translation>
    </message>
    <message>
        <source>Surat Pengembalian Usulan</source>
        <translation>Return Letter</translation>
    </message>
    <message>
        <source>Surat pengembalian usulan kelompok {name} kepada kepala desa/lurah, dengan lampiran daftar anggota yang menandai apa yang harus diperbaiki.</source>
        <translation>The letter returning the proposal of {name} to the village head, with the roster marking what to fix as its attachment.</translation>
    </message>
    <message>
        <source>Simpan lampiran surat (daftar anggota dengan yang harus diperbaiki, .xlsx) untuk dikirim bersama surat?</source>
        <translation>Save the letter&apos;s attachment (the roster marking what to fix, .xlsx) to send along?</translation>
    </message>
    <message>
        <source>Simpan Lampiran</source>
        <translation>Save Attachment</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan: {error}</source>
        <translation>The attachment could not be saved: {error}</translation>
    </message>
    <message>
        <source>Lampiran disimpan ke {path}.</source>
        <translation>Attachment saved to {path}.</translation>
    </message>
    <message>
        <source>Rekap Usulan</source>
        <translation>Proposal Recap</translation>
    </message>
    <message numerus="yes">
        <source>Rekap %n kelompok sesuai pencarian dan saringan daftar kelompok saat ini: per kecamatan, status dan skema.</source>
        <translation>
            <numerusform>A recap of the %n group the groups list&apos;s search and filters show now: per kecamatan, status and scheme.</numerusform>
            <numerusform>A recap of the %n groups the groups list&apos;s search and filters show now: per kecamatan, status and scheme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rekap Usulan (Excel)</source>
        <translation>Proposal Recap (Excel)</translation>
    </message>
    <message>
        <source>Berkas tidak dapat disimpan: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Rekap %n kelompok disimpan ke {path}.</source>
        <translation>
            <numerusform>Recap of %n group saved to {path}.</numerusform>
            <numerusform>Recap of %n groups saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordCheck</name>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Kata sandi baru paling sedikit {n} karakter, tidak memuat nama pengguna, tidak hanya berupa angka, dan bukan kata sandi yang umum.</source>
        <translation>The new password needs at least {n} characters, must not contain the user name, must not be digits only and must not be a common password.</translation>
    </message>
    <message>
        <source>Isi kata sandi lama.</source>
        <translation>Enter the old password.</translation>
    </message>
    <message>
        <source>Isi kata sandi baru.</source>
        <translation>Enter the new password.</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Ganti Kata Sandi</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <source>Kata sandi baru paling sedikit 8 karakter.</source>
        <translation>The new password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>Kata sandi &amp;lama:</source>
        <translation>&amp;Old password:</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Printer tidak dapat dipakai.</source>
        <translation>The printer cannot be used.</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Page</translation>
    </message>
    <message numerus="yes">
        <source>dari %n</source>
        <translation>
            <numerusform>of %n</numerusform>
            <numerusform>of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Perkecil</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Perbesar</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Lebar Halaman</source>
        <translation>Page Width</translation>
    </message>
    <message>
        <source>Satu Halaman</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Mencetak halaman {n} dari {total}…</source>
        <translation>Printing page {n} of {total}…</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Berkas tidak dapat disimpan: {error}</source>
        <translation>The file cannot be saved: {error}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>NIK ditampilkan lengkap sesuai peran Anda; setiap pencarian dicatat.</source>
        <translation>NIKs are shown in full for your role; every search is recorded.</translation>
    </message>
    <message>
        <source>NIK ditampilkan tersamar sesuai peran Anda.</source>
        <translation>NIKs are shown masked for your role.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tanggal Lahir</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status Kelompok</source>
        <translation>Group Status</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Sumber Data</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Anggota kelompok</source>
        <translation>Group members</translation>
    </message>
    <message>
        <source>Penerima bantuan sebelumnya</source>
        <translation>Earlier recipients</translation>
    </message>
    <message>
        <source>tidak ada yang cocok.</source>
        <translation>none match.</translation>
    </message>
    <message>
        <source>Ketik lebih banyak: paling sedikit 6 digit NIK atau 3 huruf nama.</source>
        <translation>Type more: at least 6 digits of a NIK or 3 letters of a name.</translation>
    </message>
    <message>
        <source>NIK ini belum terdaftar di kelompok mana pun dan tidak tercatat sebagai penerima bantuan sebelumnya.</source>
        <translation>This NIK is in no group and is not recorded as an earlier recipient.</translation>
    </message>
    <message numerus="yes">
        <source>NIK ini terdaftar di %n kelompok: </source>
        <translation>
            <numerusform>This NIK is in %n group: </numerusform>
            <numerusform>This NIK is in %n groups: </numerusform>
        </translation>
    </message>
    <message>
        <source>Tercatat sebagai penerima bantuan sebelumnya ({schemes}).</source>
        <translation>Recorded as an earlier recipient ({schemes}).</translation>
    </message>
    <message>
        <source>Tidak ditemukan.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>{members} di {groups}, {funded}.</source>
        <translation>{members} in {groups}, {funded}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln anggota</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kelompok</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln penerima sebelumnya</source>
        <translation>
            <numerusform>%Ln earlier recipient</numerusform>
            <numerusform>%Ln earlier recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>Hanya sebagian hasil ditampilkan; persempit pencarian.</source>
        <translation>Only part of the results is shown; narrow the search.</translation>
    </message>
    <message>
        <source>Cari Anggota</source>
        <translation>Find a Member</translation>
    </message>
    <message>
        <source>Ketik NIK (16 digit, atau paling sedikit 6 digit awalnya) atau sebagian nama (paling sedikit 3 huruf). Pencarian mencakup semua kelompok dan semua skema, serta daftar penerima bantuan tahun-tahun sebelumnya.</source>
        <translation>Type a NIK (16 digits, or at least its first 6) or part of a name (at least 3 letters). The search covers every group and every scheme, and the lists of earlier years&apos; recipients.</translation>
    </message>
    <message>
        <source>&amp;NIK atau nama:</source>
        <translation>&amp;NIK or name:</translation>
    </message>
    <message>
        <source>Contoh: 3275014101990001 atau Siti Aminah</source>
        <translation>For example: 3275014101990001 or Siti Aminah</translation>
    </message>
    <message>
        <source>Anggota kelompok:</source>
        <translation>Group members:</translation>
    </message>
    <message>
        <source>Penerima bantuan sebelumnya:</source>
        <translation>Earlier recipients:</translation>
    </message>
</context>
<context>
    <name>RegionCombo</name>
    <message>
        <source>Ketik nama kota/kabupaten…</source>
        <translation>Type the name of the city/regency…</translation>
    </message>
    <message>
        <source>Pilih kabupaten/kota dari daftar.</source>
        <translation>Pick a regency/city from the list.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Wilayah Kantor</source>
        <translation>Office Region</translation>
    </message>
    <message>
        <source>Kabupaten/kota kantor Anda; kop surat akan diisikan dari pilihan ini.</source>
        <translation>Your office&apos;s regency/city; the letterhead is filled in from this choice.</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/kota:</source>
        <translation>&amp;Regency/city:</translation>
    </message>
    <message>
        <source>Ketik sebagian nama, mis. “bekasi”, lalu pilih dari daftar. Nama pemerintah daerah dan tempat surat diusulkan dari wilayah ini; Anda dapat memperbaikinya pada langkah berikutnya.</source>
        <translation>Type part of the name, e.g. “bekasi”, then pick it from the list. The local government&apos;s name and the letters&apos; place are suggested from this region; you can correct them in the next step.</translation>
    </message>
</context>
<context>
    <name>RegionPickers</name>
    <message>
        <source>Provinsi:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Kabupaten/Kota:</source>
        <translation>Regency/City:</translation>
    </message>
    <message>
        <source>Kecamatan:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Desa/Kelurahan:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>Tempat Lahir</source>
        <translation>Place of Birth</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tanggal Lahir</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Menurut NIK (tgl. lahir, L/P, wilayah)</source>
        <translation>From the NIK (birth date, M/F, region)</translation>
    </message>
    <message>
        <source>Menurut NIK (umur, kab/kota)</source>
        <translation>From the NIK (age, regency/city)</translation>
    </message>
    <message>
        <source>NIK tidak dapat dibaca</source>
        <translation>NIK cannot be read</translation>
    </message>
    <message>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <translation>F</translation>
    </message>
    <message>
        <source>NIK ini tiba sebagai angka dari lembar kerja; digit terakhirnya mungkin terbulatkan. Cocokkan dengan KTP lalu ketik ulang.</source>
        <translation>This NIK arrived as a number from a spreadsheet; its last digits may have been rounded. Check it against the ID card and type it again.</translation>
    </message>
    <message>
        <source>Ketik tanggal sebagai hh/bb/tttt, misalnya 31/12/1990.</source>
        <translation>Type the date as dd/mm/yyyy, for example 31/12/1990.</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>&amp;Tambah Anggota</source>
        <translation>&amp;Add Member</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Buka &amp;Kunci…</source>
        <translation>Un&amp;lock…</translation>
    </message>
    <message>
        <source>Merah: kesalahan · Jingga: peringatan · Kuning: NIK tiba sebagai angka, ketik ulang dari KTP. Arahkan tetikus ke sel untuk keterangannya.</source>
        <translation>Red: error · Orange: warning · Yellow: NIK arrived as a number, type it again from the ID card. Hover over a cell for the explanation.</translation>
    </message>
    <message>
        <source>SK sudah terbit: anggota hanya dapat diganti, dengan alasan.</source>
        <translation>Decree issued: members can only be replaced, with a reason.</translation>
    </message>
    <message>
        <source>Daftar anggota terkunci sejak kelompok direkomendasikan.</source>
        <translation>The roster is locked since the group was recommended.</translation>
    </message>
    <message>
        <source>Peran Anda hanya dapat melihat data kelompok ini.</source>
        <translation>Your role can only view this group&apos;s data.</translation>
    </message>
    <message>
        <source>Hanya pejabat yang dapat membuka kunci.</source>
        <translation>Only an official can unlock it.</translation>
    </message>
    <message>
        <source>Ketik NIK: tanggal lahir, jenis kelamin dan wilayahnya tampil di sini.</source>
        <translation>Type a NIK: its birth date, sex and region show here.</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <source>NIK {nik}:</source>
        <translation>NIK {nik}:</translation>
    </message>
    <message>
        <source>Tanggal lahir &apos;{text}&apos; tidak terbaca dan tidak disimpan; ketik sebagai hh/bb/tttt, misalnya 31/12/1990.</source>
        <translation>Birth date &apos;{text}&apos; could not be read and was not saved; type it as dd/mm/yyyy, for example 31/12/1990.</translation>
    </message>
    <message>
        <source>lahir {date}, {sex}</source>
        <translation>born {date}, {sex}</translation>
    </message>
</context>
<context>
    <name>SchemeForm</name>
    <message>
        <source>tanpa kuota</source>
        <translation>no quota</translation>
    </message>
    <message>
        <source>tidak dibatasi</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>tanggal tetap:</source>
        <translation>fixed date:</translation>
    </message>
    <message>
        <source>Tanpa tanggal tetap: umur dihitung pada hari verifikasi.</source>
        <translation>Without a fixed date, ages are counted on the day of vetting.</translation>
    </message>
    <message>
        <source>Dipisah koma, mis. Ketua, Sekretaris, Bendahara.</source>
        <translation>Separated by commas, e.g. Ketua, Sekretaris, Bendahara.</translation>
    </message>
    <message>
        <source>tidak diatur</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Galat (menghalangi)</source>
        <translation>Error (blocks)</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Tidak diperiksa</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Satu dokumen per baris, mis. Proposal</source>
        <translation>One document per line, e.g. Proposal</translation>
    </message>
    <message>
        <source>Kode skema</source>
        <translation>Scheme code</translation>
    </message>
    <message>
        <source>Nama skema</source>
        <translation>Scheme name</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Menerima usulan</source>
        <translation>Accepts proposals</translation>
    </message>
    <message>
        <source>Anggota paling sedikit</source>
        <translation>Fewest members</translation>
    </message>
    <message>
        <source>Anggota paling banyak</source>
        <translation>Most members</translation>
    </message>
    <message>
        <source>Pagu bantuan per kelompok</source>
        <translation>Grant ceiling per group</translation>
    </message>
    <message>
        <source>Umur paling rendah</source>
        <translation>Lowest age</translation>
    </message>
    <message>
        <source>Umur paling tinggi</source>
        <translation>Highest age</translation>
    </message>
    <message>
        <source>Tanggal acuan umur</source>
        <translation>Age reference date</translation>
    </message>
    <message>
        <source>Jabatan wajib</source>
        <translation>Required roles</translation>
    </message>
    <message>
        <source>Porsi belanja alat</source>
        <translation>Tools share</translation>
    </message>
    <message>
        <source>Toleransi porsi alat/bahan</source>
        <translation>Tools/materials tolerance</translation>
    </message>
    <message>
        <source>Penerima terdahulu</source>
        <translation>Earlier recipients</translation>
    </message>
    <message>
        <source>KK yang sama</source>
        <translation>Same family card (KK)</translation>
    </message>
    <message>
        <source>Kuota kelompok</source>
        <translation>Group quota</translation>
    </message>
    <message>
        <source>Daftar periksa dokumen</source>
        <translation>Document checklist</translation>
    </message>
    <message>
        <source>Format ekspor</source>
        <translation>Export format</translation>
    </message>
    <message>
        <source>Penerima terdahulu tidak boleh diusulkan lagi</source>
        <translation>Earlier recipients may not be proposed again</translation>
    </message>
</context>
<context>
    <name>SchemePage</name>
    <message>
        <source>Skema Bawaan</source>
        <translation>Default Scheme</translation>
    </message>
    <message>
        <source>Skema yang dipakai untuk usulan baru bila tidak disebutkan lain.</source>
        <translation>The scheme new proposals use unless another is named.</translation>
    </message>
    <message>
        <source>&amp;Skema:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>Batas anggota, pagu bantuan, daftar dokumen dan kuota setiap skema diatur di Pengaturan › Skema.</source>
        <translation>Each scheme&apos;s member limits, grant ceiling, document checklist and quota are set under Settings › Schemes.</translation>
    </message>
    <message>
        <source>Tahun {year}; {members} anggota per kelompok; pagu bantuan {ceiling}.</source>
        <translation>Year {year}; {members} members per group; grant ceiling {ceiling}.</translation>
    </message>
    <message>
        <source>Belum ada skema yang menerima usulan.</source>
        <translation>No scheme accepts proposals yet.</translation>
    </message>
    <message>
        <source>Pilih skema bawaan.</source>
        <translation>Choose the default scheme.</translation>
    </message>
</context>
<context>
    <name>SchemesSection</name>
    <message>
        <source>Skema</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Pagu Bantuan</source>
        <translation>Grant Ceiling</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Bawaan</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Tambah (Salin dari yang Dipilih)…</source>
        <translation>&amp;Add (Copy of the Selected)…</translation>
    </message>
    <message>
        <source>Jadikan &amp;Bawaan</source>
        <translation>Make &amp;Default</translation>
    </message>
    <message>
        <source>&amp;Lihat…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <source>Skema {code}</source>
        <translation>Scheme {code}</translation>
    </message>
    <message>
        <source>Skema {code} tersimpan.</source>
        <translation>Scheme {code} saved.</translation>
    </message>
    <message>
        <source>Tambah Skema</source>
        <translation>Add Scheme</translation>
    </message>
    <message>
        <source>Skema ditambahkan.</source>
        <translation>Scheme added.</translation>
    </message>
    <message>
        <source>{code} kini skema bawaan.</source>
        <translation>{code} is now the default scheme.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Akun Anda</source>
        <translation>Your Account</translation>
    </message>
    <message>
        <source>Pengguna:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation>&amp;Change Password…</translation>
    </message>
    <message>
        <source>Kantor &amp; Kop Surat</source>
        <translation>Office &amp; Letterhead</translation>
    </message>
    <message>
        <source>Penanda Tangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Tim Verifikasi</source>
        <translation>Verification Team</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>Penomoran Surat</source>
        <translation>Letter Numbering</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Komputer Ini</source>
        <translation>This Computer</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hanya administrator yang dapat mengelola pengguna; peran Anda: {role}.</source>
        <translation>Only an administrator can manage users; your role: {role}.</translation>
    </message>
    <message>
        <source>Hanya dapat dilihat: hanya administrator yang dapat mengubah pengaturan kantor; peran Anda: {role}.</source>
        <translation>View only: only an administrator can change the office settings; your role: {role}.</translation>
    </message>
</context>
<context>
    <name>SignatoriesSection</name>
    <message>
        <source>Penanda Tangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Cara Tanda Tangan</source>
        <translation>Signing Mode</translation>
    </message>
    <message>
        <source>Kepala dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Bawaan</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Jadikan &amp;Bawaan</source>
        <translation>Make &amp;Default</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan/Aktifkan</source>
        <translation>De&amp;activate/Activate</translation>
    </message>
    <message>
        <source>Tambah Penanda Tangan</source>
        <translation>Add Signatory</translation>
    </message>
    <message>
        <source>Penanda tangan ditambahkan.</source>
        <translation>Signatory added.</translation>
    </message>
    <message>
        <source>Ubah Penanda Tangan</source>
        <translation>Edit Signatory</translation>
    </message>
    <message>
        <source>Penanda tangan tersimpan.</source>
        <translation>Signatory saved.</translation>
    </message>
    <message>
        <source>Hapus penanda tangan {name}? Surat yang sudah terbit tidak berubah.</source>
        <translation>Remove the signatory {name}? Letters already issued do not change.</translation>
    </message>
    <message>
        <source>Hapus Penanda Tangan</source>
        <translation>Remove Signatory</translation>
    </message>
    <message>
        <source>Penanda tangan dihapus.</source>
        <translation>Signatory removed.</translation>
    </message>
    <message>
        <source>{name} kini penanda tangan bawaan.</source>
        <translation>{name} is now the default signatory.</translation>
    </message>
</context>
<context>
    <name>SignatoryForm</name>
    <message>
        <source>Kepala dinas menandatangani sendiri</source>
        <translation>The head of office signs in person</translation>
    </message>
    <message>
        <source>a.n. (atas nama kepala dinas)</source>
        <translation>a.n. (on behalf of the head of office)</translation>
    </message>
    <message>
        <source>Plt. (Pelaksana Tugas)</source>
        <translation>Plt. (acting head)</translation>
    </message>
    <message>
        <source>Plh. (Pelaksana Harian)</source>
        <translation>Plh. (daily stand-in)</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI</source>
        <translation>KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI</translation>
    </message>
    <message>
        <source>&amp;Pangkat/golongan:</source>
        <translation>&amp;Rank/grade:</translation>
    </message>
    <message>
        <source>Pembina Utama Muda (IV/c)</source>
        <translation>Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>&amp;Cara tanda tangan:</source>
        <translation>&amp;Signing mode:</translation>
    </message>
</context>
<context>
    <name>SignatoryPage</name>
    <message>
        <source>Kepala Dinas</source>
        <translation>Head of Office</translation>
    </message>
    <message>
        <source>Kepala dinas menandatangani surat rekomendasi. Penanda tangan lain (a.n., Plt., Plh.) dapat ditambahkan nanti di Pengaturan.</source>
        <translation>The head of office signs the recommendation letters. Other signatories (a.n., Plt., Plh.) can be added later under Settings.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dihubungi atau dibuka ({error}).

Bila kantor memakai server basis data, periksa jaringan dan pastikan server menyala, lalu buka TKM Desktop lagi. Rincian kesalahan dicatat dalam berkas log:
{log_path}</source>
        <translation>The database cannot be reached or opened ({error}).

If the office uses a database server, check the network and that the server is on, then open TKM Desktop again. The details were written to the log file:
{log_path}</translation>
    </message>
    <message>
        <source>{error}

Rincian kesalahan dicatat dalam berkas log:
{log_path}

Bila kesalahan ini berulang, kirimkan berkas log tersebut kepada petugas TI.</source>
        <translation>{error}

The details were written to the log file:
{log_path}

If this keeps happening, send that log file to your IT staff.</translation>
    </message>
    <message>
        <source>TKM Desktop tidak dapat membuka basis data.</source>
        <translation>TKM Desktop cannot open the database.</translation>
    </message>
    <message>
        <source>TKM Desktop</source>
        <translation>TKM Desktop</translation>
    </message>
</context>
<context>
    <name>TeamMemberForm</name>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>18 angka, boleh kosong</source>
        <translation>18 digits, may be empty</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Tim Verifikasi</source>
        <translation>Verification Team</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Naik</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>T&amp;urun</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Tambah Anggota Tim</source>
        <translation>Add Team Member</translation>
    </message>
    <message>
        <source>Anggota tim ditambahkan.</source>
        <translation>Team member added.</translation>
    </message>
    <message>
        <source>Ubah Anggota Tim</source>
        <translation>Edit Team Member</translation>
    </message>
    <message>
        <source>Anggota tim tersimpan.</source>
        <translation>Team member saved.</translation>
    </message>
    <message>
        <source>Hapus {name} dari tim verifikasi?</source>
        <translation>Remove {name} from the verification team?</translation>
    </message>
    <message>
        <source>Hapus Anggota Tim</source>
        <translation>Remove Team Member</translation>
    </message>
    <message>
        <source>Anggota tim dihapus.</source>
        <translation>Team member removed.</translation>
    </message>
    <message>
        <source>Urutan tim tersimpan.</source>
        <translation>Team order saved.</translation>
    </message>
</context>
<context>
    <name>ThisComputerSection</name>
    <message>
        <source>Komputer Ini</source>
        <translation>This Computer</translation>
    </message>
    <message>
        <source>Pengaturan ini hanya berlaku di komputer ini, untuk akun Windows ini.</source>
        <translation>These settings apply only on this computer, for this Windows account.</translation>
    </message>
    <message>
        <source>Berlaku setelah program dibuka ulang.</source>
        <translation>Takes effect after the program is restarted.</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Pilih Folder…</source>
        <translation>&amp;Choose Folder…</translation>
    </message>
    <message>
        <source>&amp;Folder Bawaan</source>
        <translation>&amp;Default Folder</translation>
    </message>
    <message>
        <source>Folder &amp;cadangan:</source>
        <translation>&amp;Backup folder:</translation>
    </message>
    <message>
        <source>Cadangkan &amp;Sekarang</source>
        <translation>Back Up &amp;Now</translation>
    </message>
    <message>
        <source>Tempat data</source>
        <translation>Where the data lives</translation>
    </message>
    <message>
        <source>Basis data kantor berada di server ({server}). Cadangannya dibuat oleh pengelola server dengan alat server itu sendiri (pg_dump), bukan dari TKM Desktop.</source>
        <translation>The office database is on a server ({server}). Its backups are made by the server&apos;s administrator with the server&apos;s own tools (pg_dump), not from TKM Desktop.</translation>
    </message>
    <message>
        <source>Basis data di memori tidak dapat dicadangkan.</source>
        <translation>An in-memory database cannot be backed up.</translation>
    </message>
    <message>
        <source>Hanya administrator yang dapat membuat cadangan basis data; peran Anda: {role}.</source>
        <translation>Only an administrator can back up the database; your role: {role}.</translation>
    </message>
    <message>
        <source>Buat cadangan basis data kantor di folder cadangan sekarang.</source>
        <translation>Back up the office database into the backup folder now.</translation>
    </message>
    <message>
        <source>Cadangan basis data server dibuat oleh pengelola server (pg_dump).</source>
        <translation>Backups of a server database are made by the server administrator (pg_dump).</translation>
    </message>
    <message>
        <source>Belum ada cadangan yang dibuat dari komputer ini.</source>
        <translation>No backup has been made from this computer yet.</translation>
    </message>
    <message>
        <source>Cadangan terakhir dari komputer ini: {time} — {file} ({size})</source>
        <translation>Last backup from this computer: {time} — {file} ({size})</translation>
    </message>
    <message>
        <source>Server basis data kantor: {server}</source>
        <translation>Office database server: {server}</translation>
    </message>
    <message>
        <source>Folder data: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>Tidak ada masalah yang diketahui pada tempat data ini.</source>
        <translation>No known problems with this data location.</translation>
    </message>
    <message>
        <source>Bahasa tersimpan; berlaku setelah program dibuka ulang.</source>
        <translation>Language saved; it takes effect after the program is restarted.</translation>
    </message>
    <message>
        <source>Pilih Folder Cadangan</source>
        <translation>Choose Backup Folder</translation>
    </message>
    <message>
        <source>Folder cadangan tersimpan.</source>
        <translation>Backup folder saved.</translation>
    </message>
    <message>
        <source>Folder cadangan kembali ke bawaan.</source>
        <translation>Backup folder set back to the default.</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Cadangkan Sekarang</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <source>Membuat cadangan basis data…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Cadangan tersimpan: {file} ({size}).</source>
        <translation>Backup saved: {file} ({size}).</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat ditulis ke {folder}: {reason}</source>
        <translation>The backup could not be written to {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>P&amp;eran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>Re&amp;peat password:</translation>
    </message>
    <message>
        <source>paling sedikit {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nama Pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama Lengkap</source>
        <translation>Full Name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Kata Sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Terkunci Sampai</source>
        <translation>Locked Until</translation>
    </message>
    <message>
        <source>&amp;Tambah Pengguna…</source>
        <translation>&amp;Add User…</translation>
    </message>
    <message>
        <source>&amp;Ubah Nama/Peran…</source>
        <translation>&amp;Edit Name/Role…</translation>
    </message>
    <message>
        <source>Atur &amp;Ulang Kata Sandi…</source>
        <translation>&amp;Reset Password…</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan/Aktifkan</source>
        <translation>De&amp;activate/Activate</translation>
    </message>
    <message>
        <source>&amp;Buka Kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Tambah Pengguna</source>
        <translation>Add User</translation>
    </message>
    <message>
        <source>Pengguna {name} ditambahkan.</source>
        <translation>User {name} added.</translation>
    </message>
    <message>
        <source>Ubah Pengguna</source>
        <translation>Edit User</translation>
    </message>
    <message>
        <source>Pengguna {name} tersimpan.</source>
        <translation>User {name} saved.</translation>
    </message>
    <message>
        <source>Atur Ulang Kata Sandi</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>Kata sandi {name} telah diganti.</source>
        <translation>The password of {name} has been changed.</translation>
    </message>
    <message>
        <source>Pengguna {name} diaktifkan kembali.</source>
        <translation>User {name} reactivated.</translation>
    </message>
    <message>
        <source>Pengguna {name} dinonaktifkan.</source>
        <translation>User {name} deactivated.</translation>
    </message>
    <message>
        <source>Kunci akun {name} telah dibuka.</source>
        <translation>Account {name} unlocked.</translation>
    </message>
</context>
<context>
    <name>VettingPanel</name>
    <message>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>&amp;Terima Peringatan…</source>
        <translation>&amp;Accept Warning…</translation>
    </message>
    <message>
        <source>Ubah status:</source>
        <translation>Change status:</translation>
    </message>
    <message>
        <source>Klik dua kali temuan anggota untuk membuka barisnya di Anggota.</source>
        <translation>Double-click a member&apos;s finding to open their row under Members.</translation>
    </message>
    <message>
        <source>Data perorangan</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Kelengkapan</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>{e} kesalahan, {w} peringatan belum diterima.</source>
        <translation>{e} errors, {w} warnings not accepted yet.</translation>
    </message>
    <message>
        <source>Tidak ada temuan: data kelompok lolos pemeriksaan.</source>
        <translation>No findings: the group passed vetting.</translation>
    </message>
    <message>
        <source>Belum diperiksa: simpan kelompok ini, atau pilih Kelompok → Periksa Ulang Semua Kelompok.</source>
        <translation>Not checked yet: save this group, or choose Groups → Check All Groups Again.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Selamat datang di TKM Desktop</source>
        <translation>Welcome to TKM Desktop</translation>
    </message>
    <message>
        <source>Pengaturan awal kantor, sekitar lima menit.</source>
        <translation>The office&apos;s initial setup, about five minutes.</translation>
    </message>
    <message>
        <source>Sebelum surat pertama dapat diterbitkan, program perlu mengenal kantor Anda. Langkah berikut akan ditanyakan:</source>
        <translation>Before the first letter can be issued, the program needs to know your office. These steps follow:</translation>
    </message>
    <message>
        <source>Akun admin pertama (bila belum ada)</source>
        <translation>The first administrator account (if there is none yet)</translation>
    </message>
    <message>
        <source>Kabupaten/kota kantor</source>
        <translation>The office&apos;s regency/city</translation>
    </message>
    <message>
        <source>Kop surat: nama dinas, alamat, kontak dan lambang</source>
        <translation>Letterhead: office name, address, contacts and logo</translation>
    </message>
    <message>
        <source>Kepala dinas sebagai penanda tangan surat</source>
        <translation>The head of office as the letters&apos; signatory</translation>
    </message>
    <message>
        <source>Sumber dan pola nomor surat</source>
        <translation>Source and pattern of letter numbers</translation>
    </message>
    <message>
        <source>Skema bawaan untuk usulan baru</source>
        <translation>The default scheme for new proposals</translation>
    </message>
    <message>
        <source>Setiap langkah disimpan saat Anda menekan Lanjut, dan semuanya dapat diubah nanti di menu Pengaturan. Tekan Lewati untuk mengisinya nanti.</source>
        <translation>Each step is saved when you press Next, and everything can be changed later under Settings. Press Skip to fill it in later.</translation>
    </message>
</context>
</TS>
