/* The floor for XLSX writing: bare libxlsxwriter writing workbooks with the same number of cells
   and about the same text as sopkit's official workbooks (an identity sheet and a flowchart sheet
   per SOP), without any layout work. Usage: xlsx_floor LIST OUTDIR, LIST holding one
   "steps actors" pair per line (written by bench/run.sh from the generated SOPs). */
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: xlsx_floor LIST OUTDIR\n"); return 64; }
    FILE *list = fopen(argv[1], "r");
    if (!list) { perror(argv[1]); return 66; }
    const char *text = "Memeriksa kelengkapan berkas permohonan dan mencatat dalam buku agenda kantor";
    int steps, actors, n = 0;
    char path[4096];
    while (fscanf(list, "%d %d", &steps, &actors) == 2) {
        snprintf(path, sizeof path, "%s/floor-%05d.xlsx", argv[2], ++n);
        lxw_workbook *wb = workbook_new(path);
        lxw_format *f = workbook_add_format(wb);
        format_set_text_wrap(f);
        format_set_border(f, LXW_BORDER_THIN);
        lxw_worksheet *id = workbook_add_worksheet(wb, "Identitas");
        for (int r = 0; r < 12; r++)
            for (int c = 0; c < 3; c++) worksheet_write_string(id, r, c, text, f);
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Prosedur");
        for (int r = 0; r < steps + 2; r++) {
            worksheet_set_row(ws, r, 40, NULL);
            for (int c = 0; c < actors + 6; c++) worksheet_write_string(ws, r, c, c < 2 || c >= actors + 2 ? text : "", f);
        }
        if (workbook_close(wb) != LXW_NO_ERROR) { fprintf(stderr, "failed: %s\n", path); return 73; }
    }
    fclose(list);
    return 0;
}
