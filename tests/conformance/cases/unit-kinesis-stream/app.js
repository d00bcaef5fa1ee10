// Conformance case 'unit-kinesis-stream'
// Upstream: aws-kinesis/test/stream.test.ts, its synthesizing tests, a stack per test (the tests'
// `new Stack()` named after the test; the cross-stack tests' own stackA / stackB).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const S = (id) => new cdk.Stack(app, id);

// 'default stream'
new kinesis.Stream(S('DefaultStream'), 'MyStream');
// 'multiple default streams only have one condition for encryption'
{
  const stack = S('TwoDefaultStreams');
  new kinesis.Stream(stack, 'MyStream');
  new kinesis.Stream(stack, 'MyOtherStream');
}
// 'uses explicit shard count'
new kinesis.Stream(S('ShardCount'), 'MyStream', { shardCount: 2 });
// 'uses explicit retention period'
new kinesis.Stream(S('RetentionPeriod'), 'MyStream', { retentionPeriod: cdk.Duration.hours(168) });
// 'uses Kinesis master key if MANAGED encryption type is provided'
new kinesis.Stream(S('ManagedEncryption'), 'MyStream', { encryption: kinesis.StreamEncryption.MANAGED });
// 'if a KMS key is supplied, infers KMS as the encryption type'
{
  const stack = S('KeyInfersKms');
  const key = new kms.Key(stack, 'myKey');
  new kinesis.Stream(stack, 'myStream', { encryptionKey: key });
}
// 'auto-creates KMS key if encryption type is KMS but no key is provided'
new kinesis.Stream(S('KmsAutoKey'), 'MyStream', { encryption: kinesis.StreamEncryption.KMS });
// 'uses explicit KMS key if encryption type is KMS and a key is provided'
{
  const stack = S('KmsExplicitKey');
  const explicitKey = new kms.Key(stack, 'ExplicitKey', { description: 'Explicit Key' });
  new kinesis.Stream(stack, 'MyStream', { encryption: kinesis.StreamEncryption.KMS, encryptionKey: explicitKey });
}
// 'uses explicit provisioned streamMode', 'uses explicit on-demand streamMode'
new kinesis.Stream(S('ProvisionedMode'), 'MyStream', { streamMode: kinesis.StreamMode.PROVISIONED });
new kinesis.Stream(S('OnDemandMode'), 'MyStream', { streamMode: kinesis.StreamMode.ON_DEMAND });
// 'grantRead creates and attaches a policy with read only access to the principal' (KMS)
{
  const stack = S('GrantReadKms');
  const stream = new kinesis.Stream(stack, 'MyStream', { encryption: kinesis.StreamEncryption.KMS });
  stream.grantRead(new iam.User(stack, 'MyUser'));
}
// 'grantReadWrite creates and attaches a policy to the principal' (KMS)
{
  const stack = S('GrantReadWriteKms');
  const stream = new kinesis.Stream(stack, 'MyStream', { encryption: kinesis.StreamEncryption.KMS });
  stream.grantReadWrite(new iam.User(stack, 'MyUser'));
}
// 'grantRead / grantWrite / grantReadWrite creates ... access to Stream'
{
  const stack = S('GrantRead');
  new kinesis.Stream(stack, 'MyStream').grantRead(new iam.User(stack, 'MyUser'));
}
{
  const stack = S('GrantWrite');
  new kinesis.Stream(stack, 'MyStream').grantWrite(new iam.User(stack, 'MyUser'));
}
{
  const stack = S('GrantReadWrite');
  new kinesis.Stream(stack, 'MyStream').grantReadWrite(new iam.User(stack, 'MyUser'));
}
// 'grant creates and attaches a policy to Stream which includes supplied permissions'
{
  const stack = S('Grant');
  new kinesis.Stream(stack, 'MyStream').grant(new iam.User(stack, 'MyUser'), 'kinesis:DescribeStream');
}
// 'cross-stack permissions - no encryption'
{
  const stackA = S('stackA');
  const streamFromStackA = new kinesis.Stream(stackA, 'MyStream');
  const stackB = S('stackB');
  streamFromStackA.grantRead(new iam.User(stackB, 'UserWhoNeedsAccess'));
}
// 'cross stack permissions - with encryption'
{
  const stackA = S('stackAKms');
  const streamFromStackA = new kinesis.Stream(stackA, 'MyStream', { encryption: kinesis.StreamEncryption.KMS });
  const stackB = S('stackBKms');
  streamFromStackA.grantRead(new iam.User(stackB, 'UserWhoNeedsAccess'));
}
// 'accepts if retentionPeriodHours is a Token'
{
  const stack = S('RetentionToken');
  const parameter = new cdk.CfnParameter(stack, 'my-retention-period', {
    type: 'Number', default: 48, minValue: 24, maxValue: 8760,
  });
  new kinesis.Stream(stack, 'MyStream', { retentionPeriod: cdk.Duration.hours(parameter.valueAsNumber) });
}

app.synth();
