// Conformance case 'webfunction-copy-subnet-filters': a WebFunction code copy in a VPC whose
// vpcSubnets have subnetFilters of every kind: the copy function's singleton uuid holds the
// selection's JSON (renderSubnetSelectionIdentity), filters included, and its subnets are the ones
// the filters keep.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const dir = path.join(__dirname, '..', 'webfunction-provided-bucket', 'my-app');
const base = {
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
};

const bucket = new s3.Bucket(stack, 'Code', { versioned: true });
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false, maxAzs: 2 });
new lambda.WebFunction(stack, 'Filtered', {
  ...base,
  code: lambda.WebFunctionCode.fromAssetToProvidedBucket(bucket, dir, {
    copyOptions: {
      vpc,
      vpcSubnets: {
        subnetGroupName: 'Private',
        onePerAz: true,
        subnetFilters: [
          ec2.SubnetFilter.byCidrMask(18),
          ec2.SubnetFilter.byCidrRanges(['10.0.0.0/16']),
          ec2.SubnetFilter.availabilityZones(['dummy1a', 'dummy1b']),
          ec2.SubnetFilter.containsIpAddresses(['10.0.192.7']),
          ec2.SubnetFilter.onePerAz(),
        ],
      },
    },
  }),
});

const imported = ec2.Vpc.fromVpcAttributes(stack, 'Imported', {
  vpcId: 'vpc-1234',
  availabilityZones: ['dummy1a', 'dummy1b'],
  privateSubnetIds: ['priv-1', 'priv-2'],
});
new lambda.WebFunction(stack, 'ById', {
  ...base,
  code: lambda.WebFunctionCode.fromAssetToProvidedBucket(bucket, dir, {
    keyPrefix: 'by-id/',
    copyOptions: { vpc: imported, vpcSubnets: { subnetFilters: [ec2.SubnetFilter.byIds(['priv-2'])] } },
  }),
});
app.synth();
