/// The page's script (plain JavaScript, no framework): checks the chosen file through
/// `POST /api/check`, shows the result and the preview, and enables the download buttons when
/// the SOP has no errors (for a draft, all but the Word document). The downloads themselves are ordinary form posts, which also work
/// without the script.
enum PageScript {
  static let javascript = #"""
    (function () {
      var form = document.getElementById('formulir');
      var input = document.getElementById('berkas');
      var limit = Number(form.dataset.batas);
      var downloads = document.querySelectorAll('button[data-unduh]');
      function el(name, text, cls) {
        var e = document.createElement(name);
        if (text !== undefined && text !== null) e.textContent = text;
        if (cls) e.className = cls;
        return e;
      }
      function show(id, on) { document.getElementById(id).classList.toggle('tersembunyi', !on); }
      function setDownloads(on) { downloads.forEach(function (b) { b.disabled = !on; }); }
      function reset() {
        show('hasil', false); show('bagian-pratinjau', false);
        setDownloads(false);
        document.getElementById('unduh-catatan').textContent = 'Pilih berkas lalu tekan "Periksa SOP" terlebih dahulu.';
      }
      function status(kind, title, advice) {
        var box = document.getElementById('status');
        box.className = 'status ' + kind;
        box.replaceChildren(el('h3', title), el('p', advice));
      }
      function row(d) {
        var tr = el('tr', null, d.severity);
        tr.appendChild(el('td', d.jenis, 'jenis'));
        tr.appendChild(el('td', d.lokasi));
        var pesan = el('td', d.message);
        pesan.appendChild(el('div', d.code, 'kode'));
        tr.appendChild(pesan);
        tr.appendChild(el('td', d.hint || ''));
        return tr;
      }
      function table(list) {
        var t = el('table');
        var head = el('tr');
        ['Jenis', 'Lokasi', 'Pesan', 'Saran'].forEach(function (h) { head.appendChild(el('th', h)); });
        t.appendChild(head);
        list.forEach(function (d) { t.appendChild(row(d)); });
        return t;
      }
      function diagnostics(list) {
        var box = document.getElementById('daftar');
        box.replaceChildren();
        var main = list.filter(function (d) { return d.severity !== 'note'; });
        var notes = list.filter(function (d) { return d.severity === 'note'; });
        if (main.length) box.appendChild(table(main));
        if (notes.length) {
          var more = el('details');
          more.appendChild(el('summary', 'Catatan tambahan (' + notes.length + ')'));
          more.appendChild(table(notes));
          box.appendChild(more);
        }
      }
      function preview(svgText) {
        var box = document.getElementById('pratinjau');
        box.replaceChildren();
        if (!svgText) { show('bagian-pratinjau', false); return; }
        var doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        var svg = doc.documentElement;
        if (svg.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length) { show('bagian-pratinjau', false); return; }
        show('bagian-pratinjau', true);
        if (!svg.querySelector('g.page')) { box.appendChild(el('p', 'SOP ini belum memiliki diagram alir.')); return; }
        box.appendChild(document.importNode(svg, true));
      }
      function showResult(data) {
        show('hasil', true);
        status(data.status, data.title, data.advice);
        var names = (data.sops || []).filter(Boolean);
        document.getElementById('nama-sop').textContent = names.length ? 'SOP dalam berkas: ' + names.join('; ') : '';
        diagnostics(data.diagnostics || []);
        preview(data.preview_svg);
        var ok = data.status === 'ok' || data.status === 'warnings';
        // A draft (read, with errors) can be downloaded as its fill-in template, JSON and HTML,
        // not as the Word document for signing.
        var draft = data.status === 'errors';
        setDownloads(ok || draft);
        if (draft) { downloads.forEach(function (b) { if (b.formAction.indexOf('to=docx') >= 0) b.disabled = true; }); }
        document.getElementById('unduh-catatan').textContent = ok
          ? 'Berkas "' + data.file + '" siap diunduh. Pilih format di bawah.'
          : draft
            ? 'SOP ini masih DRAF. Excel diunduh sebagai templat isian: sel yang perlu diperbaiki berwarna merah dan berkomentar. Word baru dapat diunduh setelah semua kesalahan diperbaiki.'
            : 'Unduhan belum tersedia: perbaiki dulu masalah pada hasil pemeriksaan di atas.';
        document.getElementById('hasil').scrollIntoView({ behavior: 'smooth' });
      }
      input.addEventListener('change', reset);
      form.addEventListener('submit', function (event) {
        if (!event.submitter || event.submitter.id !== 'periksa') return;
        event.preventDefault();
        var file = input.files[0];
        if (!file) {
          show('hasil', true);
          status('refused', 'Belum ada berkas', 'Tekan tombol "Pilih berkas" (atau "Browse"), pilih berkas SOP di komputer Anda, lalu tekan "Periksa SOP".');
          document.getElementById('daftar').replaceChildren();
          return;
        }
        if (file.size > limit) {
          show('hasil', true);
          status('refused', 'Berkas terlalu besar', 'Berkas ini ' + (file.size / 1048576).toFixed(1) + ' MB; batasnya ' + (limit / 1048576).toFixed(0) + ' MB. Perkecil berkas atau minta admin menaikkan batas unggah.');
          document.getElementById('daftar').replaceChildren();
          return;
        }
        var button = document.getElementById('periksa');
        button.disabled = true;
        button.textContent = 'Sedang memeriksa…';
        fetch('/api/check', { method: 'POST', body: file, headers: { 'Accept': 'application/json', 'X-File-Name': encodeURIComponent(file.name) } })
          .then(function (response) { return response.json(); })
          .then(showResult)
          .catch(function () {
            show('hasil', true);
            status('refused', 'Server tidak dapat dihubungi', 'Periksa sambungan jaringan, muat ulang halaman, lalu coba lagi. Bila masih gagal, hubungi admin.');
          })
          .finally(function () { button.disabled = false; button.textContent = 'Periksa SOP'; });
      });
      reset();
    })();
    """#
}
