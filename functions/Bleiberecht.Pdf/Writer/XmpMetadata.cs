using System.Security;
using System.Text;

namespace Bleiberecht.Pdf.Writer;

/// <summary>The XMP packet for PDF/A-2b: Dublin Core, XMP basic, PDF and pdfaid schemas, matching the Info dictionary.</summary>
internal static class XmpMetadata
{
    public static string Create(PdfDocumentInformation information, DateTimeOffset created)
    {
        var date = PdfSyntax.XmpDate(created);
        var builder = new StringBuilder();
        builder.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n");
        if (!string.IsNullOrEmpty(information.Title))
        {
            builder.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(information.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        }

        if (!string.IsNullOrEmpty(information.Author))
        {
            builder.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(information.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (!string.IsNullOrEmpty(information.Subject))
        {
            builder.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(information.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        if (!string.IsNullOrEmpty(information.Keywords))
        {
            builder.Append("<pdf:Keywords>").Append(Escape(information.Keywords)).Append("</pdf:Keywords>\n");
        }

        if (!string.IsNullOrEmpty(information.Creator))
        {
            builder.Append("<xmp:CreatorTool>").Append(Escape(information.Creator)).Append("</xmp:CreatorTool>\n");
        }

        builder.Append("<pdf:Producer>").Append(Escape(information.Producer)).Append("</pdf:Producer>\n")
            .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n")
            .Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
            .Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n")
            .Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n");

        // Padding lets tools update the packet in place, as the XMP specification recommends.
        builder.Append(' ', 1024).Append("\n<?xpacket end=\"w\"?>");
        return builder.ToString();
    }

    private static string Escape(string value) => SecurityElement.Escape(value) ?? string.Empty;
}
