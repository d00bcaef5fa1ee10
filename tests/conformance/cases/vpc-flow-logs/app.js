// Conformance case 'vpc-flow-logs': ec2 flow logs. The Vpc's flowLogs prop (CloudWatch Logs, the
// flow log's own log group and role); vpc.addFlowLog to S3 with a key prefix, Parquet, REJECT
// traffic, one-minute aggregation and a custom log format (under the flag
// createDefaultLoggingPolicy the bucket's policy for log delivery, which the flow log depends on:
// it differs between the contexts); to a bucket the flow log makes; new FlowLog for a subnet into a
// given log group with a given role and a name; for an imported role and a network interface with
// Hive-compatible partitions; a transit gateway attachment (no TrafficType); and a function that reads the flow log's group.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', {
  maxAzs: 1,
  natGateways: 0,
  restrictDefaultSecurityGroup: false,
  flowLogs: { FlowLogs: {} },
});
const bucket = new s3.Bucket(stack, 'LogBucket');
const toS3 = vpc.addFlowLog('ToS3', {
  destination: ec2.FlowLogDestination.toS3(bucket, 'flow', { fileFormat: ec2.FlowLogFileFormat.PARQUET }),
  trafficType: ec2.FlowLogTrafficType.REJECT,
  maxAggregationInterval: ec2.FlowLogMaxAggregationInterval.ONE_MINUTE,
  logFormat: [ec2.LogFormat.SRC_ADDR, ec2.LogFormat.DST_ADDR, ec2.LogFormat.custom('${action}')],
});
vpc.addFlowLog('OwnBucket', {
  destination: ec2.FlowLogDestination.toS3(),
  trafficType: ec2.FlowLogTrafficType.ACCEPT,
  maxAggregationInterval: ec2.FlowLogMaxAggregationInterval.TEN_MINUTES,
});
const group = new logs.LogGroup(stack, 'Group', { retention: logs.RetentionDays.ONE_WEEK });
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com') });
const subnetLog = new ec2.FlowLog(stack, 'SubnetLog', {
  resourceType: ec2.FlowLogResourceType.fromSubnet(vpc.isolatedSubnets[0]),
  destination: ec2.FlowLogDestination.toCloudWatchLogs(group, role),
  flowLogName: 'isolated-subnet',
  logFormat: [ec2.LogFormat.ALL_DEFAULT_FIELDS],
});
const imported = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/flow-logs');
new ec2.FlowLog(stack, 'EniLog', {
  resourceType: ec2.FlowLogResourceType.fromNetworkInterfaceId('eni-123456'),
  destination: ec2.FlowLogDestination.toCloudWatchLogs(undefined, imported),
});
new ec2.FlowLog(stack, 'HiveLog', {
  resourceType: ec2.FlowLogResourceType.fromVpc(vpc),
  destination: ec2.FlowLogDestination.toS3(bucket, undefined, { hiveCompatiblePartitions: true, perHourPartition: true }),
});
new ec2.FlowLog(stack, 'TgwLog', {
  resourceType: ec2.FlowLogResourceType.fromTransitGatewayAttachmentId('tgw-attach-123456'),
  maxAggregationInterval: ec2.FlowLogMaxAggregationInterval.ONE_MINUTE,
});
const reader = new lambda.Function(stack, 'Reader', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  environment: { GROUP: subnetLog.logGroup.logGroupName, FLOW_LOG: toS3.flowLogId, PREFIX: toS3.keyPrefix },
});
subnetLog.logGroup.grantRead(reader);
app.synth();
