/// The stylesheet of the page and of the result pages: plain, large, high-contrast.
enum PageStyle {
  static let css = #"""
    :root { --biru: #0b5394; --hijau: #1e7b34; --kuning: #8a6100; --merah: #b3261e; --abu: #5f6368; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 17px/1.5 "Liberation Sans", Arial, sans-serif; color: #1f1f1f; background: #f3f5f8; }
    header { background: var(--biru); color: #fff; padding: 18px 24px; }
    header h1 { margin: 0; font-size: 26px; }
    header p { margin: 4px 0 0; opacity: .9; }
    main { max-width: 1100px; margin: 0 auto; padding: 16px; }
    section { background: #fff; border: 1px solid #d7dce3; border-radius: 8px; padding: 16px 20px; margin: 14px 0; }
    h2 { margin: 0 0 10px; font-size: 20px; color: var(--biru); }
    .hint { color: var(--abu); font-size: 15px; margin: 6px 0; }
    input[type=file] { font-size: 17px; padding: 10px; border: 2px dashed #9fb3c8; border-radius: 6px; width: 100%; background: #fafcff; }
    button, .tombol { display: inline-block; font: inherit; font-weight: bold; padding: 10px 18px; margin: 6px 8px 6px 0;
      border-radius: 6px; border: 1px solid var(--biru); background: var(--biru); color: #fff; cursor: pointer; text-decoration: none; }
    button.kedua, .tombol.kedua { background: #fff; color: var(--biru); }
    button:disabled { background: #c9ced6; border-color: #c9ced6; color: #fff; cursor: not-allowed; }
    fieldset { border: 1px solid #d7dce3; border-radius: 6px; margin: 8px 0 12px; }
    legend { font-weight: bold; }
    label.pilihan { display: block; margin: 4px 0; }
    .status { border-left: 6px solid var(--abu); padding: 10px 14px; background: #f6f7f9; border-radius: 4px; }
    .status h3 { margin: 0 0 4px; font-size: 19px; }
    .status.ok { border-color: var(--hijau); background: #edf7ef; }
    .status.warnings { border-color: var(--kuning); background: #fdf6e3; }
    .status.errors, .status.unreadable, .status.unsupported, .status.refused { border-color: var(--merah); background: #fdeceb; }
    table { border-collapse: collapse; width: 100%; margin-top: 10px; font-size: 15px; }
    th, td { border: 1px solid #d7dce3; padding: 6px 8px; text-align: left; vertical-align: top; }
    th { background: #eef2f7; }
    td.jenis { font-weight: bold; white-space: nowrap; }
    tr.error td.jenis { color: var(--merah); }
    tr.warning td.jenis { color: var(--kuning); }
    tr.note td.jenis { color: var(--abu); }
    .kode { color: var(--abu); font-size: 13px; font-family: "Liberation Mono", monospace; }
    #pratinjau { overflow: auto; max-height: 80vh; border: 1px solid #d7dce3; background: #e9ecf0; padding: 8px; }
    #pratinjau svg { display: block; width: 100%; height: auto; background: #fff; }
    .tersembunyi { display: none; }
    footer { max-width: 1100px; margin: 0 auto 24px; padding: 0 16px; color: var(--abu); font-size: 14px; }
    """#
}
