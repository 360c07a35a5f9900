// Linked into a test executable declared with pr_add_catch_test(... NO_LEAK_CHECK ...):
// LeakSanitizer calls this hook at exit and skips its check when it returns non-zero.
// AddressSanitizer and UndefinedBehaviorSanitizer stay active. Use it only for a known
// LeakSanitizer failure that is not a leak, documented where the option is used.

extern "C" int __lsan_is_turned_off()
{
    return 1;
}
