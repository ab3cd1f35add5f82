using Bleiberecht.Pdf.Content;
using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Parsing;
using Bleiberecht.Pdf.Text;

namespace Bleiberecht.Pdf.Forms;

/// <summary>Walks the AcroForm field tree iteratively (depth- and cycle-checked) and reads each terminal field.</summary>
internal static class FormReader
{
    private const int MaxFields = 10_000;

    public static AcroForm? Read(PdfFile file, Dictionary<PdfDictionary, FontDecoder> fonts, IReadOnlyList<PageNode> pages)
    {
        if (file.ResolveDictionary(file.Catalog?.Get("AcroForm")) is not { } acroForm || file.ResolveArray(acroForm.Get("Fields")) is not { } roots)
        {
            return null;
        }

        var pageNumbers = new Dictionary<PdfDictionary, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < pages.Count; i++)
        {
            pageNumbers.TryAdd(pages[i].Dictionary, i + 1);
        }

        var defaultResources = file.ResolveDictionary(acroForm.Get("DR"));
        var fields = new List<AcroFormField>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(PdfObject Node, Inherited Parent, int Depth)>();
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push((roots[i], new Inherited(null, null, null, 0, null), 0));
        }

        while (stack.Count > 0)
        {
            file.Budget.Tick();
            var (node, parent, depth) = stack.Pop();
            if (file.Resolve(node) is not PdfDictionary field)
            {
                continue;
            }

            if (!seen.Add(field))
            {
                throw new PdfReadException(PdfReadError.Cycle, "The form's field tree refers back to one of its own fields.");
            }

            if (depth > file.Options.MaxNestingDepth)
            {
                throw PdfErrors.TooDeep(file.Options.MaxNestingDepth);
            }

            var partial = file.Resolve(field.Get("T")).AsText();
            var name = partial is null ? parent.Name : parent.Name is null ? partial : parent.Name + "." + partial;
            var here = new Inherited(
                name,
                file.Resolve(field.Get("FT")).AsName() ?? parent.Type,
                field.Get("V") is { } v ? file.Resolve(v) : parent.Value,
                (int)(file.Resolve(field.Get("Ff")).AsInteger() ?? parent.Flags),
                field.Get("DV") is { } dv ? file.Resolve(dv) : parent.DefaultValue);
            var kids = file.ResolveArray(field.Get("Kids"))?.Items.Select(k => (Ref: k, Dict: file.Resolve(k) as PdfDictionary)).Where(k => k.Dict is not null).ToList() ?? [];
            var childFields = kids.Where(k => k.Dict!.ContainsKey("T")).ToList();
            if (childFields.Count > 0)
            {
                for (var i = kids.Count - 1; i >= 0; i--)
                {
                    stack.Push((kids[i].Ref, here, depth + 1));
                }

                continue;
            }

            var widgets = kids.Count > 0 ? kids.Select(k => k.Dict!).ToList() : [field];
            fields.Add(ReadField(file, fonts, here, field, widgets, defaultResources, pageNumbers));
            if (fields.Count > MaxFields)
            {
                throw new PdfReadException(PdfReadError.TooManyObjects, $"More than {MaxFields} form fields.");
            }
        }

        var needAppearances = file.Resolve(acroForm.Get("NeedAppearances")) is PdfBoolean { Value: true };
        var sigFlags = file.Resolve(acroForm.Get("SigFlags")).AsInteger() ?? 0;
        return new AcroForm(fields, needAppearances, (sigFlags & 1) != 0);
    }

    private static AcroFormField ReadField(
        PdfFile file,
        Dictionary<PdfDictionary, FontDecoder> fonts,
        Inherited field,
        PdfDictionary dictionary,
        List<PdfDictionary> widgets,
        PdfDictionary? defaultResources,
        Dictionary<PdfDictionary, int> pageNumbers)
    {
        var flags = field.Flags;
        var kind = field.Type switch
        {
            "Tx" => FieldKind.Text,
            "Btn" when (flags & (1 << 16)) != 0 => FieldKind.PushButton,
            "Btn" when (flags & (1 << 15)) != 0 => FieldKind.RadioButton,
            "Btn" => FieldKind.Checkbox,
            "Ch" when (flags & (1 << 17)) != 0 => FieldKind.ComboBox,
            "Ch" => FieldKind.ListBox,
            "Sig" => FieldKind.Signature,
            _ => FieldKind.Unknown,
        };
        var options = Options(file, file.ResolveArray(dictionary.Get("Opt")));
        var values = ValuesOf(file, field.Value);
        string? value = values.Count > 0 ? values[0] : null;
        bool? isChecked = null;
        var source = values.Count > 0 ? FieldValueSource.Stored : FieldValueSource.None;
        IReadOnlyList<string> listed = options.Select(o => o.Display).ToList();

        if (kind is FieldKind.Checkbox or FieldKind.RadioButton)
        {
            var onStates = widgets.SelectMany(w => OnStates(file, w)).Distinct(StringComparer.Ordinal).ToList();
            if (value is null)
            {
                // No /V: the widgets' appearance state is the only record of the choice.
                value = widgets.Select(w => file.Resolve(w.Get("AS")).AsName()).FirstOrDefault(s => s is not null && s != "Off");
                source = value is null ? FieldValueSource.None : FieldValueSource.Appearance;
            }

            isChecked = value is not null && value != "Off";
            if (value == "Off")
            {
                value = null;
            }

            // With /Opt, on-states may be indices into the export values.
            if (value is not null && options.Count > 0 && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var index) && index >= 0 && index < options.Count)
            {
                value = options[index].Export;
            }

            listed = options.Count > 0 ? options.Select(o => o.Export).ToList() : onStates;
            values = value is null ? [] : [value];
        }
        else if (kind == FieldKind.Text && string.IsNullOrEmpty(value))
        {
            var shown = AppearanceText(file, fonts, widgets, defaultResources);
            if (!string.IsNullOrWhiteSpace(shown))
            {
                value = shown;
                values = [shown];
                source = FieldValueSource.Appearance;
            }
        }

        var pages = widgets
            .Select(w => file.ResolveDictionary(w.Get("P")))
            .Select(p => p is not null && pageNumbers.TryGetValue(p, out var n) ? n : 0)
            .Where(n => n > 0)
            .Distinct()
            .ToList();

        return new AcroFormField
        {
            FullName = field.Name ?? "",
            Kind = kind,
            Value = kind == FieldKind.Signature ? null : value,
            Values = kind == FieldKind.Signature ? [] : values,
            ValueSource = kind == FieldKind.Signature ? (field.Value is PdfDictionary ? FieldValueSource.Stored : FieldValueSource.None) : source,
            IsChecked = isChecked,
            Options = listed,
            DefaultValue = ValuesOf(file, field.DefaultValue).FirstOrDefault(),
            IsReadOnly = (flags & 1) != 0,
            IsRequired = (flags & 2) != 0,
            Flags = flags,
            Pages = pages,
            SignatureDictionary = kind == FieldKind.Signature ? field.Value as PdfDictionary : null,
            IsSigned = kind == FieldKind.Signature ? field.Value is PdfDictionary signature && Signatures.SignatureReader.IsSigned(file, signature) : null,
        };
    }

    private static List<string> ValuesOf(PdfFile file, PdfObject? value) => value switch
    {
        PdfString s => [s.ToText()],
        PdfName n => [n.Value],
        PdfArray a => a.Items.Take(1000).Select(i => file.Resolve(i).AsText()).OfType<string>().ToList(),
        _ => [],
    };

    private static List<(string Export, string Display)> Options(PdfFile file, PdfArray? opt)
    {
        var result = new List<(string, string)>();
        if (opt is null)
        {
            return result;
        }

        foreach (var item in opt.Items.Take(MaxFields))
        {
            switch (file.Resolve(item))
            {
                case PdfArray { Count: >= 2 } pair:
                    result.Add((file.Resolve(pair[0]).AsText() ?? "", file.Resolve(pair[1]).AsText() ?? ""));
                    break;
                case var single when single.AsText() is { } text:
                    result.Add((text, text));
                    break;
                default:
                    break;
            }
        }

        return result;
    }

    private static IEnumerable<string> OnStates(PdfFile file, PdfDictionary widget)
    {
        var normal = file.ResolveDictionary(file.ResolveDictionary(widget.Get("AP"))?.Get("N"));
        return normal?.Entries.Keys.Where(k => k != "Off") ?? [];
    }

    private static string? AppearanceText(PdfFile file, Dictionary<PdfDictionary, FontDecoder> fonts, List<PdfDictionary> widgets, PdfDictionary? defaultResources)
    {
        foreach (var widget in widgets)
        {
            var normal = file.Resolve(file.ResolveDictionary(widget.Get("AP"))?.Get("N"));
            if (normal is not PdfStream appearance)
            {
                if (normal is PdfDictionary states && file.Resolve(widget.Get("AS")).AsName() is { } state)
                {
                    appearance = (file.Resolve(states.Get(state)) as PdfStream)!;
                    if (appearance is null)
                    {
                        continue;
                    }
                }
                else
                {
                    continue;
                }
            }

            byte[] content;
            try
            {
                content = file.DecodeStream(appearance).Data;
            }
            catch (PdfReadException ex) when (ex.Reason == PdfReadError.BadStreamData)
            {
                continue;
            }

            var interpreter = new ContentInterpreter(file, fonts);
            interpreter.Run(content, file.ResolveDictionary(appearance.Get("Resources")) ?? defaultResources, new GraphicsState());
            var words = WordBuilder.Words(interpreter.Letters);
            var text = string.Join('\n', WordBuilder.Lines(words).Select(line => string.Join(' ', line.Select(w => w.Text))));
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return null;
    }

    private sealed record Inherited(string? Name, string? Type, PdfObject? Value, int Flags, PdfObject? DefaultValue);
}
