<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
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
        <source>Hapus Baris</source>
        <translation>Remove Line</translation>
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
        <source>Alat: {tools} ({tp} %) · Bahan: {materials} ({mp} %)</source>
        <translation>Tools: {tools} ({tp} %) · Materials: {materials} ({mp} %)</translation>
    </message>
    <message>
        <source> — skema: alat {tp} %, bahan {mp} %</source>
        <translation> — scheme: tools {tp} %, materials {mp} %</translation>
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
        <source>Kelurahan</source>
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
        <source>Buka kunci daftar anggota</source>
        <translation>Unlock the roster</translation>
    </message>
    <message>
        <source>Membuka kunci mencabut surat rekomendasi yang sudah terbit untuk kelompok ini; surat harus diterbitkan ulang.

Alasan membuka kunci:</source>
        <translation>Unlocking revokes the recommendation letters issued for this group; they must be issued again.

Reason for unlocking:</translation>
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
        <translation>Document</translation>
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
        <source>Tekan Enter atau klik dua kali untuk membuka kelompok. Klik judul kolom untuk mengurutkan; klik kanan untuk memilih kolom.</source>
        <translation>Press Enter or double-click to open a group. Click a column title to sort; right-click to choose the columns.</translation>
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
        <source>Perbaiki kesalahan di bawah, lalu impor lagi.</source>
        <translation>Correct the errors below, then import again.</translation>
    </message>
    <message>
        <source>{groups} kelompok dan {members} anggota diimpor</source>
        <translation>{groups} groups and {members} members imported</translation>
    </message>
    <message>
        <source>Temuan di bawah ikut tersimpan pada kelompoknya dan tampil di daftar kelompok sebagai kesalahan atau peringatan.</source>
        <translation>The findings below were saved with their groups and show in the group list as errors or warnings.</translation>
    </message>
    <message>
        <source>Berkas terbaca tanpa masalah.</source>
        <translation>The file was read without problems.</translation>
    </message>
    <message>
        <source>Hasil Impor</source>
        <translation>Import Result</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
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
        <source>(%n surat)</source>
        <translation>
            <numerusform>(%n letter)</numerusform>
            <numerusform>(%n letters)</numerusform>
        </translation>
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
        <source>Belum ada surat yang diterbitkan.

Surat rekomendasi diterbitkan untuk kelompok berstatus Direkomendasikan.</source>
        <translation>No letter has been issued yet.

Recommendation letters are issued for groups with the status Recommended.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Admin Pertama</source>
        <translation>First Administrator</translation>
    </message>
    <message>
        <source>Selamat datang di TKM Desktop</source>
        <translation>Welcome to TKM Desktop</translation>
    </message>
    <message>
        <source>Basis data ini belum memiliki pengguna. Buat akun admin pertama; admin kemudian menambahkan pengguna lain.</source>
        <translation>This database has no users yet. Create the first administrator account; the administrator then adds the other users.</translation>
    </message>
    <message>
        <source>Buat Admin</source>
        <translation>Create Administrator</translation>
    </message>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Sesi terkunci</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>TKM Desktop dikunci karena tidak dipakai. Masukkan kata sandi lagi.</source>
        <translation>TKM Desktop was locked because it was not in use. Enter your password again.</translation>
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
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
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
        <source>Nama &amp;lengkap:</source>
        <translation>Full &amp;name:</translation>
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
        <source>Basis data DEMO: masuk sebagai admin, verifikator, pejabat atau viewer, dengan kata sandi demo.</source>
        <translation>DEMO database: sign in as admin, verifikator, pejabat or viewer, with the password demo.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Impor Usulan</source>
        <translation>Import Proposals</translation>
    </message>
    <message>
        <source>Berkas usulan (*.xlsx *.xlsm *.xls *.ods *.csv);;Semua berkas (*)</source>
        <translation>Proposal files (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Membaca dan memeriksa {file}…</source>
        <translation>Reading and checking {file}…</translation>
    </message>
    <message>
        <source>Periksa Ulang Semua Kelompok</source>
        <translation>Check All Groups Again</translation>
    </message>
    <message>
        <source>Memeriksa semua kelompok menurut aturan skemanya…</source>
        <translation>Checking every group against its scheme&apos;s rules…</translation>
    </message>
    <message>
        <source>{groups} kelompok diperiksa: {errors} kesalahan dan {warnings} peringatan.</source>
        <translation>{groups} groups checked: {errors} errors and {warnings} warnings.</translation>
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
        <source>Belum tersedia: pencetakan menyusul pada versi berikutnya.</source>
        <translation>Not available yet: printing comes in a later version.</translation>
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
    <name>PasswordDialog</name>
    <message>
        <source>Kata sandi baru paling sedikit {n} karakter.</source>
        <translation>The new password needs at least {n} characters.</translation>
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
        <source>Peran</source>
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
        <source>{members} anggota di {groups} kelompok, {funded} penerima sebelumnya.</source>
        <translation>{members} members in {groups} groups, {funded} earlier recipients.</translation>
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
        <source>lahir {date}, {sex}</source>
        <translation>born {date}, {sex}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
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
        <source>Plafon</source>
        <translation>Ceiling</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
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
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>setelah {n} menit tanpa kegiatan (bawaan)</source>
        <translation>after {n} minutes without activity (default)</translation>
    </message>
    <message>
        <source>nomor urut dari register kantor</source>
        <translation>serial from the office&apos;s register</translation>
    </message>
    <message>
        <source>nomor diketik manual</source>
        <translation>number typed by hand</translation>
    </message>
    <message>
        <source>setelah {n} menit tanpa kegiatan</source>
        <translation>after {n} minutes without activity</translation>
    </message>
    <message>
        <source>tidak aktif</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Pengaturan kantor ditampilkan di sini untuk diperiksa; layar untuk mengubahnya (kop surat, penanda tangan, skema, pengguna) menyusul pada versi berikutnya.</source>
        <translation>The office&apos;s settings are shown here for checking; the screen to change them (letterhead, signatories, schemes, users) comes in a later version.</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Pemerintah:</source>
        <translation>Government:</translation>
    </message>
    <message>
        <source>Dinas:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Telepon / surel:</source>
        <translation>Phone / e-mail:</translation>
    </message>
    <message>
        <source>Wilayah kerja:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Pola nomor surat:</source>
        <translation>Letter number pattern:</translation>
    </message>
    <message>
        <source>Kunci otomatis:</source>
        <translation>Automatic lock:</translation>
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
        <source>Skema</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
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
</context>
</TS>
