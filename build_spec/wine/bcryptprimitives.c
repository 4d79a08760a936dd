/* Stand-in for Windows' bcryptprimitives.dll, for Wine releases that lack it (Wine 8.0).
 *
 * Code built by Rust 1.78 or newer (nh3, the reader's HTML sanitiser) imports ProcessPrng
 * from it to get random bytes; Windows 10 and 11 have it, Wine 8.0 does not, so the module
 * fails to load there. This DLL is built with MinGW and copied into a test Wine prefix's
 * system32 by tests/helpers/wine.py, only when the prefix has no bcryptprimitives.dll of its
 * own. It is never part of the reader's package.
 *
 * ProcessPrng fills the buffer from the system's cryptographic generator (BCryptGenRandom
 * with the system-preferred RNG, which Wine implements) and, as documented, always returns
 * TRUE. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            ExitProcess(0xC000000DUL); /* never hand out bytes that are not random */
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
