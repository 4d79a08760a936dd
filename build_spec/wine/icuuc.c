/* Stand-in for Windows' system ICU (icuuc.dll, part of Windows 10 1703 and later), for Wine
 * releases that lack it (Wine has one from 11.5 on; Debian 12 ships 8.0).
 *
 * Qt 6.11's Qt6Core.dll imports twenty ucnv_* functions from it, used only by
 * QStringConverter for encodings Qt does not handle itself (Shift-JIS, KOI8-R, …); without
 * the DLL Qt6Core does not load at all. The reader reads and writes UTF-8 only, so an ICU
 * that knows no converter is enough: it lists none and opening one fails with ICU's own
 * "converter data not found" error, which Qt turns into an invalid converter.
 *
 * Built with MinGW and copied into a test Wine prefix's system32 by tests/helpers/wine.py,
 * only when the prefix has no icuuc.dll of its own. Never part of the reader's package.
 * The signatures are ICU's (unicode/ucnv.h, unicode/ucnv_cb.h). */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef int8_t UBool;
typedef uint16_t UChar;
typedef int32_t UChar32;
typedef struct UConverter UConverter;
typedef void *UConverterCallback; /* a function pointer; only passed around here */

enum { U_ZERO_ERROR = 0, U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };

#define EXPORT __declspec(dllexport)

static void fail(UErrorCode *error, UErrorCode code)
{
    if (error != NULL && *error <= U_ZERO_ERROR)
        *error = code;
}

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *error)
{
    (void)name;
    fail(error, U_FILE_ACCESS_ERROR);
    return NULL;
}

EXPORT void ucnv_close(UConverter *converter) { (void)converter; }
EXPORT void ucnv_reset(UConverter *converter) { (void)converter; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *converter) { (void)converter; return 1; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

EXPORT const char *ucnv_getName(const UConverter *converter, UErrorCode *error)
{
    (void)converter;
    fail(error, U_UNSUPPORTED_ERROR);
    return NULL;
}

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard,
                                        UErrorCode *error)
{
    (void)name;
    (void)standard;
    fail(error, U_UNSUPPORTED_ERROR);
    return NULL;
}

EXPORT void ucnv_getToUCallBack(const UConverter *converter, UConverterCallback *action,
                                const void **context)
{
    (void)converter;
    if (action != NULL) *action = NULL;
    if (context != NULL) *context = NULL;
}

EXPORT void ucnv_getFromUCallBack(const UConverter *converter, UConverterCallback *action,
                                  const void **context)
{
    ucnv_getToUCallBack(converter, action, context);
}

EXPORT void ucnv_setToUCallBack(UConverter *converter, UConverterCallback action,
                                const void *context, UConverterCallback *old_action,
                                const void **old_context, UErrorCode *error)
{
    (void)action;
    (void)context;
    ucnv_getToUCallBack(converter, old_action, old_context);
    fail(error, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_setFromUCallBack(UConverter *converter, UConverterCallback action,
                                  const void *context, UConverterCallback *old_action,
                                  const void **old_context, UErrorCode *error)
{
    ucnv_setToUCallBack(converter, action, context, old_action, old_context, error);
}

EXPORT void ucnv_toUnicode(UConverter *converter, UChar **target, const UChar *target_limit,
                           const char **source, const char *source_limit, int32_t *offsets,
                           UBool flush, UErrorCode *error)
{
    (void)converter, (void)target, (void)target_limit, (void)source, (void)source_limit;
    (void)offsets, (void)flush;
    fail(error, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_fromUnicode(UConverter *converter, char **target, const char *target_limit,
                             const UChar **source, const UChar *source_limit, int32_t *offsets,
                             UBool flush, UErrorCode *error)
{
    (void)converter, (void)target, (void)target_limit, (void)source, (void)source_limit;
    (void)offsets, (void)flush;
    fail(error, U_UNSUPPORTED_ERROR);
}

EXPORT int32_t ucnv_toUCountPending(const UConverter *converter, UErrorCode *error)
{
    (void)converter;
    (void)error;
    return 0;
}

EXPORT int32_t ucnv_fromUCountPending(const UConverter *converter, UErrorCode *error)
{
    (void)converter;
    (void)error;
    return 0;
}

EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length,
                                  int32_t offset_index, UErrorCode *error)
{
    (void)args, (void)source, (void)length, (void)offset_index;
    fail(error, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                                    int32_t offset_index, UErrorCode *error)
{
    (void)args, (void)source, (void)source_limit, (void)offset_index;
    fail(error, U_UNSUPPORTED_ERROR);
}

/* ICU's substituting callbacks: Qt passes their addresses to ucnv_set*UCallBack; with no
 * converter they are never called. */
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args,
                                            const UChar *code_units, int32_t length,
                                            UChar32 code_point, int reason, UErrorCode *error)
{
    (void)context, (void)args, (void)code_units, (void)length, (void)code_point, (void)reason;
    fail(error, U_UNSUPPORTED_ERROR);
}

EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args,
                                          const char *code_units, int32_t length, int reason,
                                          UErrorCode *error)
{
    (void)context, (void)args, (void)code_units, (void)length, (void)reason;
    fail(error, U_UNSUPPORTED_ERROR);
}
