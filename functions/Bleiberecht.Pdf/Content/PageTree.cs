using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Parsing;

namespace Bleiberecht.Pdf.Content;

/// <summary>
/// Walks the page tree iteratively, depth- and cycle-checked, passing inherited attributes down. The page count is
/// the number of leaves found; <c>/Count</c> is never trusted.
/// </summary>
internal static class PageTree
{
    public static List<PageNode> Collect(PdfFile file)
    {
        var pages = new List<PageNode>();
        var root = file.Catalog?.Get("Pages");
        if (root is null)
        {
            return pages;
        }

        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var seenNumbers = new HashSet<int>();
        var stack = new Stack<(PdfObject Node, PageNode Inherited, int Depth)>();
        stack.Push((root, new PageNode(new PdfDictionary([]), null, null, null, 0), 0));
        var maxDepth = file.Options.MaxNestingDepth;
        var maxPages = file.Options.MaxPages;
        while (stack.Count > 0)
        {
            file.Budget.Tick();
            var (node, inherited, depth) = stack.Pop();
            if (node is PdfReference reference && !seenNumbers.Add(reference.Number))
            {
                throw new PdfReadException(PdfReadError.Cycle, "The page tree refers back to one of its own nodes.");
            }

            if (file.Resolve(node) is not PdfDictionary dictionary)
            {
                continue;
            }

            if (!seen.Add(dictionary))
            {
                throw new PdfReadException(PdfReadError.Cycle, "The page tree refers back to one of its own nodes.");
            }

            if (depth > maxDepth)
            {
                throw PdfErrors.TooDeep(maxDepth);
            }

            var here = new PageNode(
                dictionary,
                file.ResolveDictionary(dictionary.Get("Resources")) ?? inherited.Resources,
                file.ResolveArray(dictionary.Get("MediaBox")) ?? inherited.MediaBox,
                file.ResolveArray(dictionary.Get("CropBox")) ?? inherited.CropBox,
                file.Resolve(dictionary.Get("Rotate")).AsInt32() ?? inherited.Rotate);
            var kids = file.ResolveArray(dictionary.Get("Kids"));
            var type = file.Resolve(dictionary.Get("Type")).AsName();
            if (type == "Page" || (kids is null && type != "Pages"))
            {
                pages.Add(here);
                if (pages.Count > maxPages)
                {
                    throw new PdfReadException(PdfReadError.TooManyPages, $"More than {maxPages} pages.");
                }

                continue;
            }

            if (kids is null)
            {
                continue;
            }

            if (kids.Count > maxPages + stack.Count + 1)
            {
                throw new PdfReadException(PdfReadError.TooManyPages, $"More than {maxPages} pages.");
            }

            for (var i = kids.Count - 1; i >= 0; i--)
            {
                stack.Push((kids[i], here, depth + 1));
            }
        }

        return pages;
    }
}
