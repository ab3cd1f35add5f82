using System.Runtime.CompilerServices;

[assembly: System.CLSCompliant(false)]
