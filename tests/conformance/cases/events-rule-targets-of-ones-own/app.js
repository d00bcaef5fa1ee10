// Conformance case 'events-rule-targets-of-ones-own': rule targets of one's own (objects whose bind
// returns a RuleTargetConfig): in the rule's props and by addTarget, ids given, "" and none (the
// rule's "Target<n>"), a role (RoleArn), inputs fromText / fromObject with an event field /
// fromEventPath, a token ARN, beside a Lambda target; the same target on two rules.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const targets = require('aws-cdk-lib/aws-events-targets');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'EventsRole', { assumedBy: new iam.ServicePrincipal('events.amazonaws.com') });
const queue = new sqs.Queue(stack, 'Queue');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
const plain = { bind: () => ({ arn: 'arn:aws:sns:us-east-1:123456789012:plain', id: '' }) };
const rule = new events.Rule(stack, 'Rule', {
  schedule: events.Schedule.rate(cdk.Duration.minutes(5)),
  targets: [plain, { bind: () => ({ arn: 'arn:aws:sqs:us-east-1:123456789012:q', id: 'Named' }) }],
});
rule.addTarget(new targets.LambdaFunction(fn));
rule.addTarget({
  bind: () => ({
    arn: queue.queueArn,
    role,
    input: events.RuleTargetInput.fromObject({ account: events.EventField.account, fixed: 'yes' }),
  }),
});
rule.addTarget({ bind: () => ({ arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:sm', id: 'Machine', input: events.RuleTargetInput.fromText('hello') }) });
const other = new events.Rule(stack, 'Other', {
  eventPattern: { source: ['aws.s3'] },
});
other.addTarget(plain);
other.addTarget({ bind: () => ({ arn: 'arn:aws:sqs:us-east-1:123456789012:detail', input: events.RuleTargetInput.fromEventPath('$.detail') }) });
app.synth();
