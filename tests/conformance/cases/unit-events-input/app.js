// Conformance case 'unit-events-input': RuleTargetInput.fromObject / fromText / fromMultilineText /
// fromEventPath given to a Lambda target, with EventField.fromPath placeholders (InputTransformer),
// tokens (Fn::Join), quotes and escapes, a stack per test.
// Ported from aws-cdk: aws-events/test/input.test.ts (SomeTarget is a LambdaFunction target here).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const { EventField, RuleTargetInput } = events;

const app = new cdk.App();
function withInput(name, makeInput) {
  const stack = new cdk.Stack(app, name);
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_LATEST,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  const rule = new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.minutes(1)) });
  rule.addTarget(new targets.LambdaFunction(fn, { event: makeInput(stack) }));
}
withInput('JsonObject', () => RuleTargetInput.fromObject({ SomeObject: 'withAValue' }));
withInput('JoinedRefs', () => RuleTargetInput.fromObject({ data: EventField.fromPath('$'), stackName: cdk.Aws.STACK_NAME }));
withInput('TrickyInputs', () => RuleTargetInput.fromObject({
  data: `they said \\"hello\\"${EventField.fromPath('$')}`, stackName: cdk.Aws.STACK_NAME,
}));
withInput('Concat', () => RuleTargetInput.fromObject({ data: `more text ${EventField.fromPath('$')}`, stackName: cdk.Aws.STACK_NAME }));
withInput('Quotes', () => RuleTargetInput.fromObject({ data: `more text "${EventField.fromPath('$')}"`, stackName: cdk.Aws.STACK_NAME }));
withInput('MultipleKeys', () => RuleTargetInput.fromObject({
  data: `${EventField.fromPath('$')}${EventField.fromPath('$.other')}`, stackName: cdk.Aws.STACK_NAME,
}));
withInput('Token', (stack) => RuleTargetInput.fromObject({ userArn: new iam.User(stack, 'User').userArn }));
withInput('Nested', () => RuleTargetInput.fromObject({
  list: [EventField.fromPath('$.detail.a'), 1, true, null, { deep: EventField.detailType }],
  same: EventField.fromPath('$.detail.a'),
  [`key-${EventField.source}`]: EventField.eventId,
  fields: [EventField.account, EventField.time, EventField.region],
}));
withInput('Multiline', () => RuleTargetInput.fromMultilineText('I have\nmultiple lines'));
withInput('EscapedNewline', () => RuleTargetInput.fromMultilineText('this is not\\na real newline'));
withInput('TextToken', () => RuleTargetInput.fromText(`hello ${cdk.Lazy.string({ produce: () => 'world' })}`));
withInput('TextField', () => RuleTargetInput.fromText(`event ${EventField.fromPath('$.detail.x')} from "${EventField.source}"`));
withInput('MultilineJson', () => RuleTargetInput.fromMultilineText(`{
  "eventId": "${EventField.fromPath('$.id')}",
  "message": "Event received with id: ${EventField.fromPath('$.id')}",
  "metadata": {
    "source": "${EventField.fromPath('$.source')}",
    "description": "This is a \\"quoted\\" value"
  }
}`));
// rule.test.ts 'input template can contain tokens', and tokens whose literals need escaping
withInput('TextQuotes', () => RuleTargetInput.fromText('Hello, "world"'));
withInput('TextJoin', () => RuleTargetInput.fromText(cdk.Fn.join('', ['a', 'b']).toString()));
withInput('ObjectField', () => RuleTargetInput.fromObject({ foo: EventField.fromPath('$.detail.bar') }));
withInput('TextJoinQuotes', () => RuleTargetInput.fromText(cdk.Fn.join(' ', ['hello', '"world"']).toString()));
withInput('LazyQuotes', () => RuleTargetInput.fromText(`${cdk.Lazy.string({ produce: () => 'say "hi"\n' })} ${EventField.source}`));
withInput('JoinTokenQuotes', (stack) => RuleTargetInput.fromObject({
  a: cdk.Fn.join('-', [new iam.User(stack, 'User').userArn, 'x"y\\z']), region: cdk.Aws.REGION,
}));
withInput('EventPath', () => RuleTargetInput.fromEventPath('$.detail'));
{
  const stack = new cdk.Stack(app, 'FieldOutput');
  new cdk.CfnOutput(stack, 'Path', { value: EventField.fromPath('$.detail.x') });
}
app.synth();
