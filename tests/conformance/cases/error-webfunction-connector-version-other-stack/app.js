// Conformance case 'error-webfunction-connector-version-other-stack': error: an
// egressNetworkConnector imported with fromNetworkConnectorVersionArn of another stack's
// connector.latestVersionArn: "The network connector 'TestStack/Imported' was imported from a value
// that references 'NetStack/Connector/Resource' in stack 'NetStack', ..."
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const codeBucket = s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-code-bucket');
const base = {
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'app.zip', 'v1'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
};

const net = new cdk.Stack(app, 'NetStack');
const vpc = new ec2.Vpc(net, 'Vpc', { restrictDefaultSecurityGroup: false });
const sg = new ec2.SecurityGroup(net, 'SG', { vpc });
const connector = new lambda.NetworkConnector(net, 'Connector', {
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.WEB_FUNCTION, vpc, securityGroups: [sg],
  }),
});
const imported = lambda.NetworkConnector.fromNetworkConnectorVersionArn(stack, 'Imported', connector.latestVersionArn);
new lambda.WebFunction(stack, 'Web', { ...base, egressNetworkConnector: imported });

app.synth();
