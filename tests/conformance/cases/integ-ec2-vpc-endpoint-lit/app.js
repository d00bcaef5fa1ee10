// Conformance case 'integ-ec2-vpc-endpoint-lit': aws-ec2 test/integ.vpc-endpoint.lit.ts
// (dropped: the IntegTest).
'use strict';
const iam = require('aws-cdk-lib/aws-iam');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const { EC2_RESTRICT_DEFAULT_SECURITY_GROUP } = require('aws-cdk-lib/cx-api');

const app = new cdk.App();

class VpcEndpointStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.node.setContext(EC2_RESTRICT_DEFAULT_SECURITY_GROUP, false);

    // Add gateway endpoints when creating the VPC
    const vpc = new ec2.Vpc(this, 'MyVpc', {
      gatewayEndpoints: {
        S3: {
          service: ec2.GatewayVpcEndpointAwsService.S3,
        },
      },
    });

    // Alternatively gateway endpoints can be added on the VPC
    const dynamoDbEndpoint = vpc.addGatewayEndpoint('DynamoDbEndpoint', {
      service: ec2.GatewayVpcEndpointAwsService.DYNAMODB,
    });

    // Gateway endpoint with IPv6/dualstack support
    vpc.addGatewayEndpoint('S3DualstackEndpoint', {
      service: ec2.GatewayVpcEndpointAwsService.S3,
      ipAddressType: ec2.VpcEndpointIpAddressType.DUALSTACK,
      dnsRecordIpType: ec2.VpcEndpointDnsRecordIpType.DUALSTACK,
    });

    // This allows to customize the endpoint policy
    dynamoDbEndpoint.addToPolicy(
      new iam.PolicyStatement({ // Restrict to listing and describing tables
        principals: [new iam.AnyPrincipal()],
        actions: ['dynamodb:DescribeTable', 'dynamodb:ListTables'],
        resources: ['*'],
      }));

    // Add an interface endpoint
    vpc.addInterfaceEndpoint('EcrDockerEndpoint', {
      service: ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER,
    });

    // Add an interface endpoint with privateDnsDefault false
    vpc.addInterfaceEndpoint('DynamoDbInterfaceEndpoint', {
      service: ec2.InterfaceVpcEndpointAwsService.DYNAMODB,
      privateDnsEnabled: false,
    });

    // Add an interface endpoint with ipAddressType and dnsRecordIpType
    vpc.addInterfaceEndpoint('CloudwatchLogsEndpoint', {
      service: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
      ipAddressType: ec2.VpcEndpointIpAddressType.IPV4,
      dnsRecordIpType: ec2.VpcEndpointDnsRecordIpType.IPV4,
    });

    // Add a cross-region interface endpoint
    vpc.addInterfaceEndpoint('CrossRegionEndpoint', {
      service: new ec2.InterfaceVpcEndpointService('com.amazonaws.eu-west-1.s3'),
      serviceRegion: 'eu-west-1',
    });
  }
}

new VpcEndpointStack(app, 'aws-cdk-ec2-vpc-endpoint');

app.synth();
