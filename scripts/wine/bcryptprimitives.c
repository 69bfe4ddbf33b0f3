/*
 * A stand-in for Windows' bcryptprimitives.dll, for Wine versions without it (Debian 12's
 * Wine 8.0). Rust's standard library (1.78 and later) takes random numbers from its
 * ProcessPrng, which every Windows 10 and 11 has; Wine 8.0 cannot load a Rust program
 * without it. scripts/wine.sh builds this with mingw-w64 into the test's Wine prefix only:
 * it is never shipped, and on Windows the system's own DLL is used.
 *
 * ProcessPrng fills the buffer from RtlGenRandom (advapi32's SystemFunction036), Wine's
 * system random source.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
