// Conformance case 'unit-kinesis-stream-corners': kinesis.Stream props at stream.ts's edges, next to
// stream.test.ts: shardCount 0 (kept: only undefined defaults to 1), shardLevelMetrics [] (given:
// an empty DesiredShardLevelMetrics), UNENCRYPTED (no StreamEncryption, no condition),
// Duration.days(7) as 168 hours, ON_DEMAND with KMS, a name and DESTROY, and a named stream granted
// to a role of another account (its ARN formatted from the name there).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'Props');
  new kinesis.Stream(stack, 'ZeroShards', { shardCount: 0 });
  new kinesis.Stream(stack, 'NoMetrics', { shardLevelMetrics: [] });
  new kinesis.Stream(stack, 'Unencrypted', { encryption: kinesis.StreamEncryption.UNENCRYPTED });
  new kinesis.Stream(stack, 'Week', { retentionPeriod: cdk.Duration.days(7), encryption: kinesis.StreamEncryption.MANAGED });
  new kinesis.Stream(stack, 'OnDemand', {
    streamMode: kinesis.StreamMode.ON_DEMAND,
    encryption: kinesis.StreamEncryption.KMS,
    streamName: 'on-demand',
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    shardLevelMetrics: [kinesis.ShardLevelMetrics.ALL],
  });
}
{
  const stackA = new cdk.Stack(app, 'StackA', { env: { account: '123456789012', region: 'us-east-1' } });
  const stream = new kinesis.Stream(stackA, 'Stream', { streamName: 'shared', encryption: kinesis.StreamEncryption.UNENCRYPTED });
  const stackB = new cdk.Stack(app, 'StackB', { env: { account: '234567890123', region: 'us-east-1' } });
  const role = new iam.Role(stackB, 'Role', { assumedBy: new iam.AccountPrincipal('234567890123'), roleName: 'reader' });
  stream.grantReadWrite(role);
  new cdk.CfnOutput(stackB, 'Arn', { value: stream.streamArn });
  new cdk.CfnOutput(stackB, 'Name', { value: stream.streamName });
}
app.synth();
