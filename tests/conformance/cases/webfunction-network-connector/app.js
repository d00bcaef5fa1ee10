// Conformance case 'webfunction-network-connector': WebFunctions with an egressNetworkConnector: a
// NetworkConnector of the stack created for WEB_FUNCTION (its latest version ARN in the revision),
// and one imported with fromNetworkConnectorVersionArn; both with their HomeRegion endpoint.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const securityGroup = new ec2.SecurityGroup(stack, 'ConnectorSG', { vpc });
const connector = new lambda.NetworkConnector(stack, 'Connector', {
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.WEB_FUNCTION,
    vpc,
    securityGroups: [securityGroup],
  }),
});
const codeBucket = s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-code-bucket');

new lambda.WebFunction(stack, 'Web', {
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'app.zip', 'v1'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
  egressNetworkConnector: connector,
});

const imported = lambda.NetworkConnector.fromNetworkConnectorVersionArn(stack, 'ImportedConnector',
  'arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0123456789abcdef:3');
new lambda.WebFunction(stack, 'WebImported', {
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'other.zip'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.APPLICATION_MANAGED,
  egressNetworkConnector: imported,
  defaultEndpoint: { endpointLocation: lambda.WebFunctionEndpointLocation.homeRegion() },
});

app.synth();
