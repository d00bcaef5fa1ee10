// Conformance case 'vpc-connections-functions': two functions in a VPC with their automatic
// security groups; one allows the other in on a port (connections.allowFrom / allowTo write the
// ingress and egress rules as separate resources), a default port, an IP range, allowInternally,
// and a group added to a function's connections afterwards.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false, maxAzs: 2, natGateways: 1 });
const props = {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
};
const api = new lambda.Function(stack, 'Api', props);
const worker = new lambda.Function(stack, 'Worker', { ...props, allowAllOutbound: false });
worker.connections.allowFrom(api, ec2.Port.tcp(8080), 'API calls the worker');
api.connections.allowTo(worker, ec2.Port.tcpRange(9000, 9010));
worker.connections.allowTo(ec2.Peer.ipv4('192.168.0.0/24'), ec2.Port.tcp(5432), 'database');
const cache = new ec2.SecurityGroup(stack, 'Cache', { vpc });
const cacheConnections = new ec2.Connections({ securityGroups: [cache], defaultPort: ec2.Port.tcp(6379) });
cacheConnections.allowDefaultPortFrom(worker);
cacheConnections.allowDefaultPortFrom(api, 'api to cache');
api.connections.allowInternally(ec2.Port.tcp(7000), 'api peers');
worker.connections.allowToDefaultPort(cacheConnections, 'worker to cache');
cacheConnections.allowDefaultPortFromAnyIpv4('anyone to cache');
// a group joining the worker's connections later gets the rules given so far (ReactiveList)
const extra = new ec2.SecurityGroup(stack, 'Extra', { vpc, allowAllOutbound: false });
worker.connections.addSecurityGroup(extra);
app.synth();
