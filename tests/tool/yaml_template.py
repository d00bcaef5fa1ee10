#!/usr/bin/env python3
"""A stack template of awkward strings (yaml 1.1 look-alikes, indicators, newlines, control
characters, long keys) and its one-stack cloud assembly: `ccdk synth --app DIR` must print it
as `cdk synth --app DIR` does. Usage: yaml_template.py SEED DIR"""
import json, random, sys, os
random.seed(int(sys.argv[1]))
out = sys.argv[2]
special = ["", " ", "a", "-", "?", "- a", "? a", "-a", ":", "a:", "a: b", "a:b", "::", "#", "a #b", "a#b", " a", "a ", "\t", "a\tb",
  "yes", "Yes", "YES", "no", "No", "on", "Off", "y", "n", "Y", "N", "true", "False", "null", "Null", "NULL", "~", "nil",
  "0", "1", "-1", "+1", "01", "0o7", "0b101", "0x1F", "0x", "1_000", "1.5", ".5", "5.", ".", "-.", "1e5", "1E-5", "1.2e+3", "e5",
  ".inf", "-.Inf", ".NaN", ".nan", "nan", "inf", "1:20", "1:60", "12:30:45", "1:20.5", "2012-10-17", "2012-1-7", "2001-12-14t21:59:43.10-05:00",
  "2001-12-14 21:59:43.10 -5", "2001-12-14T21:59:43Z", "20121017", "<<", "<", "=", "%x", "@a", "`a", "!a", "&a", "*a", "|", ">", "'", '"',
  "a'b", 'a"b', "a'b\"c", "[a]", "{a}", "a,b", "a]", "---", "--- a", "...", "a\n---\nb", "a\n...", "%", "a\nb", "a\n\nb", "a\n", "a\n\n", "\na", "\n\na",
  " a\nb", "  a\n b", "a \nb", "a\n b", "a\n\t", "a\n ", "\n", "\n\n", " \n", "a\r\nb", "\x00", "\x07", "\x1b", "a\x0bb", "\x7f", "\u0085", "\u00a0", "\u2028",
  "é", "日本", "😀", "a😀\nb", "arn:aws:iam::123:role/x", ":iam::aws:policy", "http://x.y/z?a=b#c", "${AWS::Region}", "#{x}", "a: b\nc: d",
  "line one is long enough to fold maybe at forty chars\nline two\n", "x" * 100, "word " * 30, "a\n" * 5, " leading space line\nsecond", "\tb\nc",
  "function handler(event) {\n  return 'x';\n}\n", "exports.handler = async () => {\n  console.log(\"hi\");\n};", "#!/bin/bash\necho hi\n\n\n", "k: v\n- x", "- a\n- b",
  "a\u0000b\nc line that is long enough to be folded for sure yes\nd", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\nbbbbb \nccc", "\r", "a\r", "q\"q\nr", "s's\nt", "both'\"\nx",
  "1:2:3", "-0", "0.0", "00", "0_", "0b", "+.5", "1__2", "12e", "Y2", "~x", "?x", "a?", "a-", "a- b", "[", "]", "}", "{", ",a", "a,", "a ,", "*", "&",
]
def rs():
    r = random.random()
    if r < 0.55:
        return random.choice(special)
    if r < 0.8:  # number, bool, null and timestamp look-alikes
        return "".join(random.choice("0123456789._-+eExXbo:TtZ ~nNyYlu") for _ in range(random.randint(1, 8)))
    return "".join(random.choice(["a", " ", "\n", ":", "#", "-", "'", '"', "1", ".", "\t", "é", "x", "y"]) for _ in range(random.randint(1, 12)))
def rv(d):
    r = random.random()
    if d > 3 or r < 0.5:
        c = random.random()
        if c < 0.75: return rs()
        if c < 0.85: return random.choice([0, 1, -1, 1.5, 1e21, 1e-7, 123456789012, 0.1, 2**53, -0.0, 3.14159])
        if c < 0.95: return random.choice([True, False])
        return None
    if r < 0.75:
        return {rs().replace("\x00","z"): rv(d+1) for _ in range(random.randint(0, 4))}
    return [rv(d+1) for _ in range(random.randint(0, 4))]
tpl = {"Resources": {"R": {"Type": "AWS::X::Y", "Properties": {}}}}
props = tpl["Resources"]["R"]["Properties"]
for i, s in enumerate(special):
    props["k%d" % i] = s
    props[(s if s else "empty").replace("\x00","z")] = i
    props["l%d" % i] = [s, [s], {s.replace("\x00","z"): s}]
for i in range(60):
    props["r%d" % i] = rv(0)
for i in range(400):
    props["s%d" % i] = rs()
props["long" + "k" * 1100] = 1
props["3"] = "x"; props["1"] = "y"
os.makedirs(out, exist_ok=True)
json.dump(tpl, open(out + "/S.template.json", "w"), indent=1)
json.dump({"version": "55.0.0", "artifacts": {"S": {"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region", "properties": {"templateFile": "S.template.json"}}}}, open(out + "/manifest.json", "w"))
