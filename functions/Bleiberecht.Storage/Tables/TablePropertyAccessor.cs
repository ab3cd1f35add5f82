using System.Collections.Concurrent;
using System.Reflection;
using Azure;

namespace Bleiberecht.Storage.Tables;

/// <summary>The public read/write properties of a typed entity class, found once per type.</summary>
internal sealed class TablePropertyAccessor
{
    private static readonly ConcurrentDictionary<Type, TablePropertyAccessor[]> Cache = new();
    private readonly PropertyInfo property;

    private TablePropertyAccessor(PropertyInfo property)
    {
        this.property = property;
        Name = property.Name;
        Type = property.PropertyType;
    }

    public string Name { get; }

    public Type Type { get; }

    public static TablePropertyAccessor[] For(Type type) => Cache.GetOrAdd(type, static t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0
            && p.Name is not (nameof(ITableEntity.Timestamp) or nameof(ITableEntity.ETag))
            && p.PropertyType != typeof(ETag))
        .Select(p => new TablePropertyAccessor(p))
        .ToArray());

    public object? Get(object entity) => property.GetValue(entity);

    public void Set(object entity, object? value) => property.SetValue(entity, value);
}
