/// The page at `GET /`, in Indonesian: choose a file, check it, see the problems and the
/// flowchart, download the official formats.
enum IndexPage {
  /// The whole page; `limit` is the upload limit in bytes.
  static func html(limit: Int) -> String {
    let megabytes = UploadError.readableSize(limit)
    return #"""
      <!DOCTYPE html>
      <html lang="id">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>sopkit — Periksa dan Konversi SOP</title>
      <style>\#(PageStyle.css)</style>
      </head>
      <body>
      <header>
        <h1>Periksa dan Konversi SOP</h1>
        <p>Standar Operasional Prosedur format SOP-AP (PermenPANRB 35/2012)</p>
      </header>
      <main>
      <form id="formulir" method="post" action="/api/check" enctype="multipart/form-data" data-batas="\#(limit)">
        <section>
          <h2>1. Pilih berkas SOP</h2>
          <label for="berkas">Berkas SOP di komputer Anda:</label>
          <input type="file" id="berkas" name="file" accept=".csv,.tsv,.xlsx,.xlsm,.docx,.doc,.json" required>
          <p class="hint">Berkas yang diterima: CSV, Excel (.xlsx), Word (.docx atau .doc) dan JSON sopkit; paling besar \#(megabytes).
            Belum punya berkas? <a href="/api/template">Unduh templat isian kosong (Excel)</a>, isi, lalu unggah di sini.</p>
          <button type="submit" id="periksa" formaction="/api/check">Periksa SOP</button>
        </section>
        <section id="hasil" class="tersembunyi" aria-live="polite">
          <h2>2. Hasil pemeriksaan</h2>
          <div id="status" class="status"></div>
          <p id="nama-sop" class="hint"></p>
          <div id="daftar"></div>
        </section>
        <section>
          <h2>3. Unduh</h2>
          <p id="unduh-catatan" class="hint"></p>
          <fieldset>
            <legend>Cara penandatanganan dokumen Word dan PDF</legend>
            <label class="pilihan"><input type="radio" name="sign" value="basah" checked> <b>Tanda tangan basah</b>: dicetak lalu ditandatangani dan dicap</label>
            <label class="pilihan"><input type="radio" name="sign" value="srikandi"> <b>SRIKANDI</b>: diunggah ke SRIKANDI untuk tanda tangan elektronik</label>
            <label class="pilihan"><input type="radio" name="sign" value="tte-kemenag"> <b>TTE Kemenag</b>: tanda tangan elektronik Kemenag (penanda ^)</label>
          </fieldset>
          <button type="submit" data-unduh formaction="/api/convert?to=xlsx">Unduh Excel resmi (XLSX)</button>
          <button type="submit" data-unduh formaction="/api/convert?to=docx">Unduh Word (DOCX)</button>
          <button type="submit" data-unduh formaction="/api/convert?to=pdf">Unduh PDF untuk ditandatangani</button>
          <button type="submit" data-unduh class="kedua" formaction="/api/convert?to=html">Unduh halaman cetak (HTML)</button>
          <button type="submit" data-unduh class="kedua" formaction="/api/convert?to=json">Unduh JSON</button>
          <a class="tombol kedua" href="/api/template">Unduh templat isian kosong (XLSX)</a>
        </section>
        <section id="bagian-pratinjau" class="tersembunyi">
          <h2>4. Pratinjau diagram alir</h2>
          <p class="hint">Seperti yang akan tercetak. Geser ke bawah untuk halaman berikutnya.</p>
          <div id="pratinjau"></div>
        </section>
      </form>
      </main>
      <footer>Berkas Anda tidak disimpan: setiap berkas hanya diproses selama permintaan berlangsung, lalu dibuang.
        Untuk setiap unduhan, browser mengirim berkas itu sekali lagi.</footer>
      <script>\#(PageScript.javascript)</script>
      </body>
      </html>
      """#
  }
}
