// Conformance case 'validation-report-tags': validation-report.json (compared) on the tags of every
// kind of resource ccdk makes whose schema constrains them: one stack per kind of bad tag, Tags.of
// the stack: a value with characters outside the SQS queue's and IAM role's and user's patterns
// ('&', ',' and an emoji: F3031), a key outside them (and the signing profile's), a value and a key
// too long (F3033: 256/128, 255/127 for Kinesis, ECR and Signer), an empty value (too short for
// alarms, ECR, Signer and EFS access points), an empty key (F3031 and F3033), and a stack whose tags
// are fine (non-ASCII letters and digits, a no-break space: no finding).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const s3 = require('aws-cdk-lib/aws-s3');
const kms = require('aws-cdk-lib/aws-kms');
const ddb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const logs = require('aws-cdk-lib/aws-logs');
const cw = require('aws-cdk-lib/aws-cloudwatch');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const sm = require('aws-cdk-lib/aws-secretsmanager');
const ssm = require('aws-cdk-lib/aws-ssm');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');
const ecr = require('aws-cdk-lib/aws-ecr');
const signer = require('aws-cdk-lib/aws-signer');
const codeguru = require('aws-cdk-lib/aws-codeguruprofiler');

function build(app, id, tagKey, tagValue) {
  const stack = new cdk.Stack(app, id);
  const key = new kms.Key(stack, 'Key');
  new kms.Alias(stack, 'KeyAlias', { aliasName: `alias/${id.toLowerCase()}`, targetKey: key });
  const queue = new sqs.Queue(stack, 'Queue');
  const topic = new sns.Topic(stack, 'Topic');
  topic.addSubscription(new subs.SqsSubscription(queue));
  new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
  new ddb.Table(stack, 'Table', { partitionKey: { name: 'p', type: ddb.AttributeType.STRING } });
  new ddb.TableV2(stack, 'TableV2', { partitionKey: { name: 'p', type: ddb.AttributeType.STRING } });
  const stream = new kinesis.Stream(stack, 'Stream');
  new kinesis.StreamConsumer(stack, 'Consumer', { stream, streamConsumerName: 'consumer' });
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.handler',
    code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
    logGroup: new logs.LogGroup(stack, 'Logs'),
  });
  fn.addAlias('live');
  fn.addFunctionUrl();
  fn.addEventSource(new sources.KinesisEventSource(stream, { startingPosition: lambda.StartingPosition.LATEST }));
  const errors = new cw.Alarm(stack, 'Errors', { metric: fn.metricErrors(), threshold: 1, evaluationPeriods: 1 });
  new cw.CompositeAlarm(stack, 'Composite', { alarmRule: cw.AlarmRule.fromAlarm(errors, cw.AlarmState.ALARM) });
  new events.Rule(stack, 'Hourly', {
    schedule: events.Schedule.rate(cdk.Duration.hours(1)),
    targets: [new targets.LambdaFunction(fn)],
  });
  new events.EventBus(stack, 'Bus');
  new sm.Secret(stack, 'Secret');
  new ssm.StringParameter(stack, 'Param', { stringValue: 'v' });
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, restrictDefaultSecurityGroup: false });
  vpc.addInterfaceEndpoint('SqsEndpoint', { service: ec2.InterfaceVpcEndpointAwsService.SQS });
  const fs = new efs.FileSystem(stack, 'Fs', { vpc });
  fs.addAccessPoint('AccessPoint');
  new iam.User(stack, 'User');
  new iam.Group(stack, 'Group');
  new iam.ManagedPolicy(stack, 'Policy', {
    statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })],
  });
  new ecr.Repository(stack, 'Repo');
  const profile = new signer.SigningProfile(stack, 'Profile', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA });
  new lambda.CodeSigningConfig(stack, 'Signing', { signingProfiles: [profile] });
  new codeguru.ProfilingGroup(stack, 'Profiling');
  cdk.Tags.of(stack).add(tagKey, tagValue);
}

const app = new cdk.App();
build(app, 'BadValue', 'team', 'R&D, Logistik 📦');
build(app, 'BadKey', 'cost&center', 'finance');
build(app, 'LongValue', 'note', 'v'.repeat(257));
build(app, 'LongKey', 'k'.repeat(129), 'v');
build(app, 'EmptyValue', 'flag', '');
build(app, 'EmptyKey', '', 'value');
build(app, 'FineTags', 'Abteilung', 'Grüße aus Köln\u00a0١٢٣ 日本');
app.synth();
