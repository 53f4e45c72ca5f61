/* The floor for DOCX reading: bare unzip plus a libxml2 parse of each word/document.xml, no
   interpretation. Usage: docx_floor FILE.docx... */
#include <stdio.h>
#include <stdlib.h>
#include <libxml/parser.h>

int main(int argc, char **argv) {
    xmlInitParser();
    for (int i = 1; i < argc; i++) {
        char command[4200];
        snprintf(command, sizeof command, "unzip -p '%s' word/document.xml", argv[i]);
        FILE *pipe = popen(command, "r");
        if (!pipe) return 70;
        size_t size = 0, capacity = 1 << 20;
        char *buffer = malloc(capacity);
        size_t got;
        while ((got = fread(buffer + size, 1, capacity - size, pipe)) > 0) {
            size += got;
            if (size == capacity) buffer = realloc(buffer, capacity *= 2);
        }
        pclose(pipe);
        xmlDocPtr doc = xmlReadMemory(buffer, (int)size, NULL, NULL, XML_PARSE_NONET);
        if (!doc) { fprintf(stderr, "not XML: %s\n", argv[i]); return 65; }
        xmlFreeDoc(doc);
        free(buffer);
    }
    return 0;
}
