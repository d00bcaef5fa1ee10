// Conformance case 'unit-logs-pattern': every logs.FilterPattern (text terms, JSON values and their
// all/any, space-delimited columns with whereString/whereNumber) as a MetricFilter's pattern, one
// as a SubscriptionFilter's, and LogStream.fromLogStreamName.
// Ported from aws-cdk: aws-logs/test/pattern.test.ts (the patterns become MetricFilters) and
// loggroup.test.ts / logstream.test.ts (fromLogStreamName).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const destinations = require('aws-cdk-lib/aws-logs-destinations');
const { FilterPattern } = logs;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const group = new logs.LogGroup(stack, 'Group');
const p1 = FilterPattern.numberValue('$.field', '<=', 300);
const p2 = FilterPattern.stringValue('$.field', '=', 'value');
const base = FilterPattern.spaceDelimited('...', 'status_code', 'bytes');
const patterns = {
  SimpleText: FilterPattern.allTerms('foo', 'bar', 'baz'),
  QuotedTerms: FilterPattern.allTerms('"foo" he said', 'back\\slash'),
  NoTerms: FilterPattern.allTerms(),
  AnyTerm: FilterPattern.anyTerm('foo', 'bar'),
  AnyOneTerm: FilterPattern.anyTerm('foo'),
  Disjunction: FilterPattern.anyTermGroup(['foo', 'bar'], ['baz']),
  OneDisjunction: FilterPattern.anyTermGroup(['foo', 'bar']),
  EmptyGroups: FilterPattern.anyTermGroup(),
  StringValue: FilterPattern.stringValue('$.field', '=', 'value'),
  DoubleEquals: FilterPattern.stringValue('$.field', '==', 'value'),
  NotEquals: FilterPattern.stringValue('$.field', '!=', 'say "hi"'),
  NumberValue: p1,
  NumberFraction: FilterPattern.numberValue('$.latency', '>', 0.25),
  NumberEquals: FilterPattern.numberValue('$.code', '==', -1),
  And: FilterPattern.all(p1, p2),
  Or: FilterPattern.any(p1, p2),
  SingleAnd: FilterPattern.all(p2),
  Nested: FilterPattern.any(FilterPattern.all(p1, p2), FilterPattern.booleanValue('$.ok', true)),
  BooleanFalse: FilterPattern.booleanValue('$.field', false),
  Regex: FilterPattern.regexValue('$.message', '=', 'ERROR.*timeout'),
  Exists: FilterPattern.exists('$.x'),
  Table: base,
  Restrictions: base.whereString('status_code', '=', '4*').whereNumber('status_code', '!=', 403),
  MoreRestrictions: base.whereNumber('bytes', '>=', 1024).whereString('status_code', '==', 'x"y').whereNumber('bytes', '<', 1e6),
  AllEvents: FilterPattern.allEvents(),
  Literal: FilterPattern.literal('[ip, user, ...]'),
};
for (const [id, filterPattern] of Object.entries(patterns)) {
  group.addMetricFilter(id, { filterPattern, metricNamespace: 'Test', metricName: id });
}
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
group.addSubscriptionFilter('Subscription', {
  destination: new destinations.LambdaDestination(fn),
  filterPattern: FilterPattern.anyTermGroup(['ERROR', 'Task timed out'], ['FATAL']),
});
const imported = logs.LogStream.fromLogStreamName(stack, 'ImportedStream', 'my-stream');
new cdk.CfnOutput(stack, 'StreamName', { value: imported.logStreamName });
app.synth();
