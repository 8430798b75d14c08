<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
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
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Basis data: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Versi {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Daftar kelompok dimuat.</source>
        <translation>Group list loaded.</translation>
    </message>
    <message numerus="yes">
        <source>(%n kelompok)</source>
        <translation>
            <numerusform>(%n group)</numerusform>
            <numerusform>(%n groups)</numerusform>
        </translation>
    </message>
    <message>
        <source>({shown} dari {total} kelompok)</source>
        <translation>({shown} of {total} groups)</translation>
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
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Nama kelompok, kelurahan, atau kecamatan</source>
        <translation>Group name, village or district</translation>
    </message>
    <message>
        <source>Belum ada kelompok usulan.

Kelompok akan tampil di sini setelah usulan dari desa/kelurahan diimpor.</source>
        <translation>No proposed groups yet.

Groups appear here once the proposals from the villages have been imported.</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Muat Ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Muat ulang daftar kelompok dari basis data</source>
        <translation>Reload the group list from the database</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tentang TKM Desktop</source>
        <translation>&amp;About TKM Desktop</translation>
    </message>
</context>
</TS>
