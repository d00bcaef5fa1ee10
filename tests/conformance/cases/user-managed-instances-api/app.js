// Conformance case 'user-managed-instances-api': an app as a CDK user writes it, not shaped to a
// feature: a Network stack's VPC and security group host a Platform stack's Lambda Managed
// Instances capacity provider (Graviton instance types, a vCPU cap, CPU target tracking, a key, its
// own log group) across stacks; two steady-traffic arm64 functions run on it (per-environment
// concurrency, memory per vCPU, scaling of $LATEST.PUBLISHED), one behind a `live` alias with an
// IAM Function URL granted to a partner role; an alarm on the API's throttles.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const env = { account: '343434343434', region: 'us-east-1' };
const network = new cdk.Stack(app, 'Network', { env });
const vpc = new ec2.Vpc(network, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
const instancesSg = new ec2.SecurityGroup(network, 'InstancesSg', { vpc, description: 'managed instances' });

const platform = new cdk.Stack(app, 'Platform', { env });
const key = new kms.Key(platform, 'ProviderKey', { enableKeyRotation: true });
const provider = new lambda.CapacityProvider(platform, 'Provider', {
  capacityProviderName: 'steady-api',
  subnets: vpc.privateSubnets,
  securityGroups: [instancesSg],
  architectures: [lambda.Architecture.ARM_64],
  instanceTypeFilter: lambda.InstanceTypeFilter.allow([
    ec2.InstanceType.of(ec2.InstanceClass.M7G, ec2.InstanceSize.LARGE),
    ec2.InstanceType.of(ec2.InstanceClass.C7G, ec2.InstanceSize.XLARGE),
  ]),
  maxVCpuCount: 64,
  scalingOptions: lambda.ScalingOptions.manual([lambda.TargetTrackingScalingPolicy.cpuUtilization(60)]),
  kmsKey: key,
  logGroup: new logs.LogGroup(platform, 'ProviderLogs', { retention: logs.RetentionDays.ONE_MONTH }),
});
const fn = (id, code) => new lambda.Function(platform, id, {
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromInline(code),
  memorySize: 2048,
});
const api = fn('Api', 'exports.handler = async () => ({ statusCode: 200 });');
provider.addFunction(api, {
  perExecutionEnvironmentMaxConcurrency: 32,
  executionEnvironmentMemoryGiBPerVCpu: 2,
  publishToLatestPublished: true,
  latestPublishedScalingConfig: { minExecutionEnvironments: 2, maxExecutionEnvironments: 20 },
});
const indexer = fn('Indexer', 'exports.handler = async () => undefined;');
provider.addFunction(indexer, { executionEnvironmentMemoryGiBPerVCpu: 4 });

const live = api.addAlias('live');
const url = live.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
const partner = new iam.Role(platform, 'PartnerCaller', { assumedBy: new iam.AccountPrincipal('565656565656') });
url.grantInvokeUrl(partner);
live.metricThrottles().createAlarm(platform, 'ApiThrottles', { threshold: 1, evaluationPeriods: 1 });
new cdk.CfnOutput(platform, 'ApiUrl', { value: url.url });
app.synth();
