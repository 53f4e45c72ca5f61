import zipfile,sys
from lxml import etree
src,dst=sys.argv[1],sys.argv[2]
z=zipfile.ZipFile(src)
root=etree.fromstring(z.read('word/document.xml'))
ns={'w':'http://schemas.openxmlformats.org/wordprocessingml/2006/main','a':'http://schemas.openxmlformats.org/drawingml/2006/main'}
n=0
for d in root.xpath('//w:drawing',namespaces=ns):
    geoms=d.xpath('.//a:prstGeom/@prst',namespaces=ns)
    if geoms and all(g in('line','straightConnector1','bentConnector3') for g in geoms):
        alt=[a for a in d.iterancestors() if etree.QName(a).localname=='AlternateContent']
        e=alt[-1] if alt else d
        if e.getparent() is not None: e.getparent().remove(e); n+=1
print('removed',n)
out=zipfile.ZipFile(dst,'w',zipfile.ZIP_DEFLATED)
for i in z.infolist():
    data=z.read(i.filename)
    if i.filename=='word/document.xml': data=etree.tostring(root,xml_declaration=True,encoding='UTF-8',standalone=True)
    out.writestr(i,data)
out.close()
