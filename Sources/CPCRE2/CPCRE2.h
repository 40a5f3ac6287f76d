/* Shim for libpcre2-8: the code unit width must be defined before pcre2.h is included. */
#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H
#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#endif
