using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Bleiberecht.Functions.Forms;

/// <summary>A key ring that lives as long as the process: for hosts without storage (tests), instead of the home folder.</summary>
internal sealed class InMemoryXmlRepository : IXmlRepository
{
    private readonly List<XElement> elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (elements)
        {
            return [.. elements.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (elements)
        {
            elements.Add(new XElement(element));
        }
    }
}
