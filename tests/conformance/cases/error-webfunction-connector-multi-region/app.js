// Conformance case 'error-webfunction-connector-multi-region': error: an egressNetworkConnector with
// a multiRegion default endpoint: "egressNetworkConnector is only supported with a HomeRegion
// endpoint, got MultiRegion" (on the endpoint)
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

const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const sg = new ec2.SecurityGroup(stack, 'SG', { vpc });
const connector = new lambda.NetworkConnector(stack, 'Connector', {
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.WEB_FUNCTION, vpc, securityGroups: [sg],
  }),
});
new lambda.WebFunction(stack, 'Web', {
  ...base,
  egressNetworkConnector: connector,
  defaultEndpoint: { endpointLocation: lambda.WebFunctionEndpointLocation.multiRegion(['eu-west-1']) },
});

app.synth();
