#!/usr/bin/env bash
# Regenerates the third-party fixtures with real tools (pdf-lib, Chromium, qpdf, Ghostscript, Pillow-free PNG via pdftoppm).
# The outputs are committed; tests never need these tools except pdftotext/qpdf/node which ./bf test installs.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../../.. && pwd)
export NODE_PATH="$ROOT/node_modules"
node make-forms.js .
node make-signable.js form-pdflib-filled.pdf sign-placeholder.pdf
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=text-chromium.pdf "file://$PWD/text-sample.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=text-chromium-complex.pdf "file://$PWD/text-complex.html" 2>/dev/null
if command -v soffice >/dev/null; then
  tmp=$(mktemp -d)
  soffice --headless --convert-to pdf --outdir "$tmp" libreoffice-text.fodt >/dev/null 2>&1
  soffice --headless --infilter="HTML (StarWriter)" \
    --convert-to 'pdf:writer_pdf_Export:{"ExportFormFields":{"type":"boolean","value":"true"}}' --outdir "$tmp" libreoffice-form.html >/dev/null 2>&1
  cp "$tmp/libreoffice-text.pdf" text-libreoffice.pdf
  cp "$tmp/libreoffice-form.pdf" form-libreoffice-empty.pdf
  node fill-form.js form-libreoffice-empty.pdf form-libreoffice-filled.pdf
  rm -rf "$tmp"
fi
if command -v gs >/dev/null; then
  gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOutputFile=text-ghostscript.pdf text-chromium.pdf
fi
qpdf --object-streams=generate text-chromium.pdf text-chromium-objstm.pdf
qpdf --allow-weak-crypto --encrypt "" owner 40 -- form-pdflib-filled.pdf enc-rc4-40.pdf
qpdf --allow-weak-crypto --encrypt "" owner 128 --use-aes=n -- form-pdflib-filled.pdf enc-rc4-128.pdf
qpdf --encrypt "" owner 128 --use-aes=y -- form-pdflib-filled.pdf enc-aes-128.pdf
qpdf --encrypt "" owner 256 -- form-pdflib-filled.pdf enc-aes-256.pdf
qpdf --encrypt "" owner 256 --force-R5 -- form-pdflib-filled.pdf enc-aes-256-r5.pdf
qpdf --encrypt secret owner 256 -- form-pdflib-filled.pdf enc-user-password.pdf
# An image-only page: page 1 of the Chromium file rendered to PNG, then placed alone on a page by pdf-lib.
pdftoppm -r 40 -png -f 1 -l 1 -singlefile text-chromium.pdf /tmp/scan-page
node -e "
const fs=require('fs');const {PDFDocument}=require('pdf-lib');
(async()=>{const d=await PDFDocument.create();const png=await d.embedPng(fs.readFileSync('/tmp/scan-page.png'));
const p=d.addPage([595,842]);p.drawImage(png,{x:0,y:0,width:595,height:842});
fs.writeFileSync('image-only.pdf',await d.save());})();"
ls -la *.pdf
