// Conformance case 'unit-events-match': every events.Match matcher in a rule's event pattern (a
// detail field each), numeric allOf / interval / anyOf (raw strings mixed in), and the matchers
// with tokens merged with a bucket ARN by addEventPattern, as bucket.onCloudTrailEvent would.
// Ported from aws-cdk: aws-events/test/matchers.test.ts (the non-error tests; the errors are the
// error-events-match-* cases).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const s3 = require('aws-cdk-lib/aws-s3');
const { Match } = events;

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'Matchers');
  const detail = {
    anythingButNumbers: Match.anythingBut(1, 2, 3),
    anythingButStrings: Match.anythingBut('foo', 'bar'),
    anythingButPrefix: Match.anythingButPrefix('foo'),
    anythingButPrefixes: Match.anythingButPrefix('foo', 'bar'),
    anythingButSuffix: Match.anythingButSuffix('foo'),
    anythingButSuffixes: Match.anythingButSuffix('foo', 'bar'),
    anythingButWildcard: Match.anythingButWildcard('*.txt'),
    anythingButWildcards: Match.anythingButWildcard('*.txt', '*.json'),
    anythingButIgnoreCase: Match.anythingButEqualsIgnoreCase('foo'),
    anythingButIgnoreCases: Match.anythingButEqualsIgnoreCase('foo', 'bar'),
    numeric: Match.allOf(Match.greaterThan(-100), Match.lessThanOrEqual(200)),
    interval: Match.interval(0, 100),
    intervalPoint: Match.interval(2.5, 2.5),
    cidr4: Match.cidr('198.51.100.14/24'),
    cidr6: Match.cidr('2001:db8::/48'),
    range4: Match.ipAddressRange('192.168.1.0/24'),
    range6: Match.ipAddressRange('2001:db8::/32'),
    anyOfNumbers: Match.anyOf(Match.equal(0), Match.equal(1)),
    anyOfStrings: Match.anyOf('string1', 'string2'),
    anyOfOne: Match.anyOf('single-string'),
    anyOfMixed: Match.anyOf('raw-string', Match.prefix('pre')),
    anyOfMixed3: Match.anyOf('string1', Match.prefix('pre'), Match.suffix('suf')),
    anyOfMixedEnd: Match.anyOf(Match.prefix('pre'), 'raw-string'),
    prefix: Match.prefix('foo'),
    suffix: Match.suffix('foo'),
    prefixIgnoreCase: Match.prefixEqualsIgnoreCase('foo'),
    suffixIgnoreCase: Match.suffixEqualsIgnoreCase('foo'),
    wildcard: Match.wildcard('*.json'),
    equalsIgnoreCase: Match.equalsIgnoreCase('foo'),
    nullValue: Match.nullValue(),
    exists: Match.exists(),
    doesNotExist: Match.doesNotExist(),
    exactString: Match.exactString('test-value'),
    greaterThan: Match.greaterThan(100),
    greaterThanOrEqual: Match.greaterThanOrEqual(100),
    lessThan: Match.lessThan(100),
    lessThanOrEqual: Match.lessThanOrEqual(100),
    equal: Match.equal(100),
    nested: { deeper: Match.exists(), list: ['plain', 'values'] },
  };
  new events.Rule(stack, 'Rule', { eventPattern: { source: ['my.app'], detail } });
  // two rules merged: the same matcher twice is two items (their tokens differ), a plain value once
  const merged = new events.Rule(stack, 'Merged', { eventPattern: { source: ['a'], detail: { x: Match.prefix('p'), y: ['v'] } } });
  merged.addEventPattern({ source: ['b', 'a'], detail: { x: Match.prefix('p'), y: Match.exactString('v') } });
}
{
  const stack = new cdk.Stack(app, 'Tokens');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const matchers = {
    Wildcard: Match.wildcard(`${bucket.bucketName}/directoryA/*`),
    Prefix: Match.prefix(`${bucket.bucketName}/logs/`),
    Suffix: Match.suffix(`${bucket.bucketName}/test.json`),
    Exact: Match.exactString(`${bucket.bucketArn}/test.json`),
    IgnoreCase: Match.equalsIgnoreCase(`${bucket.bucketName}/Test.json`),
    PrefixIgnoreCase: Match.prefixEqualsIgnoreCase(`${bucket.bucketName}/Test.json`),
    SuffixIgnoreCase: Match.suffixEqualsIgnoreCase(`${bucket.bucketName}/Test.json`),
    AnythingButPrefix: Match.anythingButPrefix(`${bucket.bucketArn}/temp/`),
    AnythingButSuffix: Match.anythingButSuffix(`${bucket.bucketArn}/temp/`),
    AnythingButWildcard: Match.anythingButWildcard(`${bucket.bucketArn}/temp/*`),
    AnythingButIgnoreCase: Match.anythingButEqualsIgnoreCase(`${bucket.bucketArn}/Temp`),
    AnyOf: Match.anyOf(Match.wildcard(`${bucket.bucketName}/directoryA/*`), Match.wildcard(`${bucket.bucketName}/directoryB/*`)),
  };
  for (const [id, ARN] of Object.entries(matchers)) {
    const rule = new events.Rule(stack, id, { eventPattern: { detail: { resources: { ARN } } } });
    rule.addEventPattern({ source: ['aws.s3'], detailType: ['AWS API Call via CloudTrail'], detail: { resources: { ARN: [bucket.bucketArn] } } });
  }
}
app.synth();
