// Conformance case 'vpc-cross-stack-rules': the VPC and a database security group in one stack, a
// function in another; rules between them land in the function's stack (aws-cdk-lib's remoteRule:
// the ingress rule of the database group is made under the function's group, with the reversed
// id), and the references cross stacks as exports and imports.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const network = new cdk.Stack(app, 'Network');
const vpc = new ec2.Vpc(network, 'Vpc', { restrictDefaultSecurityGroup: false, natGateways: 1 });
const db = new ec2.SecurityGroup(network, 'Database', { vpc, allowAllOutbound: false });
const service = new cdk.Stack(app, 'Service');
const fn = new lambda.Function(service, 'Api', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  allowAllOutbound: false,
});
fn.connections.allowTo(db, ec2.Port.tcp(5432), 'api to database');
db.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(6432));
app.synth();
